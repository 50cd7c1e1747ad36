package io.afterdesk.common.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jackson.JsonNodeDeserializer;
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
    texts.addDeserializer(JsonNode.class, new NulRefusingTrees());
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

  /** The standard tree reader (PATCH bodies), refusing a text that holds a NUL character. */
  static final class NulRefusingTrees extends JsonNodeDeserializer {

    @Override
    public JsonNode deserialize(JsonParser parser, DeserializationContext context) {
      JsonNode tree = super.deserialize(parser, context);
      refuseNul(parser, tree, "");
      return tree;
    }

    private static void refuseNul(JsonParser parser, JsonNode node, String path) {
      if (node.isString() && node.asString().indexOf('\u0000') >= 0) {
        throw new NulCharacter(parser, node.asString(), path);
      }
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          refuseNul(
              parser,
              field.getValue(),
              path.isEmpty() ? field.getKey() : path + "." + field.getKey());
        }
      } else if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          refuseNul(parser, node.get(i), path + "[" + i + "]");
        }
      }
    }
  }

  /** A text with a NUL character, reported with the path of its field. */
  static final class NulCharacter extends InvalidFormatException {

    private final @Nullable String field;

    NulCharacter(JsonParser parser, String text) {
      this(parser, text, null);
    }

    NulCharacter(JsonParser parser, String text, @Nullable String field) {
      super(parser, "Text contains a NUL character", text, String.class);
      this.field = field;
    }

    /** The field when it was known from a tree, not from the parser's path. */
    @Nullable String field() {
      return field;
    }
  }
}
