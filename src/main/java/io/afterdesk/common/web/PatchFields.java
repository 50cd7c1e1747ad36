package io.afterdesk.common.web;

import io.afterdesk.common.FieldValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A PATCH body read field by field, with the semantics of {@link JsonPatches#merge}: a field that
 * is absent keeps its value, a field given as null clears it. For endpoints whose PATCH does not
 * map onto a request record (nested objects, "changing the team resets the stage"). Values of the
 * wrong type are refused as field errors (422).
 */
public final class PatchFields {

  private final JsonNode json;

  private PatchFields(JsonNode json) {
    this.json = json;
  }

  /** The fields of this body; 422 on {@code body} when it is not a JSON object. */
  public static PatchFields of(@Nullable JsonNode json) {
    if (json == null || !json.isObject()) {
      throw FieldValidationException.of("body", "api.patch.object-expected");
    }
    return new PatchFields(json);
  }

  public boolean has(String field) {
    return json.has(field);
  }

  public String text(String field, String current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull() || !value.isString() || value.asString().isBlank()) {
      throw FieldValidationException.of(field, "api.patch.text-required");
    }
    return value.asString();
  }

  public @Nullable String optionalText(String field, @Nullable String current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw FieldValidationException.of(field, "api.patch.text-expected");
    }
    return value.asString();
  }

  public @Nullable Long optionalLong(String field, @Nullable Long current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw FieldValidationException.of(field, "api.patch.number-expected");
    }
    return value.asLong();
  }

  public long requiredLong(String field, long current) {
    Long value = optionalLong(field, current);
    if (value == null) {
      throw FieldValidationException.of(field, "api.patch.number-expected");
    }
    return value;
  }

  public int integer(String field, int current) {
    return (int) requiredLong(field, current);
  }

  public boolean bool(@Nullable JsonNode node, String field, boolean current) {
    if (node == null || !node.has(field)) {
      return current;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw FieldValidationException.of(field, "api.patch.boolean-expected");
    }
    return value.asBoolean();
  }

  public @Nullable JsonNode node(String field) {
    return json.get(field);
  }

  public List<Long> longs(String field, List<Long> current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw FieldValidationException.of(field, "api.patch.list-expected");
    }
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isIntegralNumber()) {
        throw FieldValidationException.of(field, "api.patch.number-expected");
      }
      ids.add(item.asLong());
    }
    return ids;
  }
}
