package io.afterdesk.common.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * What every JSON request body must respect before any controller sees it: no NUL character in a
 * text (PostgreSQL cannot store it) and no {@code null} inside a list (an id list such as {@code
 * tagIds: [null]}). Both are answered as a 422 on the field by {@link ApiProblems}.
 */
@Component
class RequestJson implements JsonMapperBuilderCustomizer {

  @Override
  public void customize(JsonMapper.Builder builder) {
    SimpleModule texts = new SimpleModule("afterdesk-request-texts");
    texts.addDeserializer(String.class, new NulRefusingStrings());
    builder.addModule(texts);
    for (Class<?> type : List.of(List.class, Set.class, Collection.class)) {
      builder.withConfigOverride(
          type, override -> override.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)));
    }
  }

  /** The standard text reader, refusing a text that holds a NUL character. */
  static final class NulRefusingStrings extends StringDeserializer {

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = super.deserialize(parser, context);
      if (text != null && text.indexOf('\u0000') >= 0) {
        throw new NulCharacter(parser, text);
      }
      return text;
    }
  }

  /** A text with a NUL character, reported with the path of its field. */
  static final class NulCharacter extends InvalidFormatException {
    NulCharacter(JsonParser parser, String text) {
      super(parser, "Text contains a NUL character", text, String.class);
    }
  }
}
