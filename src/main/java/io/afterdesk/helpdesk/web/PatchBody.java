package io.afterdesk.helpdesk.web;

import io.afterdesk.common.FieldValidationException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A PATCH body: a field that is absent keeps its value, a field given as null clears it. Values of
 * the wrong type are refused as field errors (422).
 */
final class PatchBody {

  private final JsonNode json;

  PatchBody(JsonNode json) {
    if (json == null || !json.isObject()) {
      throw FieldValidationException.of("body", "helpdesk.api.object-expected");
    }
    this.json = json;
  }

  boolean has(String field) {
    return json.has(field);
  }

  String text(String field, String current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull() || !value.isString() || value.asString().isBlank()) {
      throw FieldValidationException.of(field, "helpdesk.api.text-required");
    }
    return value.asString();
  }

  @Nullable String optionalText(String field, @Nullable String current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw FieldValidationException.of(field, "helpdesk.api.text-expected");
    }
    return value.asString();
  }

  @Nullable Long optionalLong(String field, @Nullable Long current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber()) {
      throw FieldValidationException.of(field, "helpdesk.api.number-expected");
    }
    return value.asLong();
  }

  long requiredLong(String field, long current) {
    Long value = optionalLong(field, current);
    if (value == null) {
      throw FieldValidationException.of(field, "helpdesk.api.number-expected");
    }
    return value;
  }

  int integer(String field, int current) {
    return (int) requiredLong(field, current);
  }

  boolean bool(JsonNode node, String field, boolean current) {
    if (node == null || !node.has(field)) {
      return current;
    }
    JsonNode value = node.get(field);
    if (!value.isBoolean()) {
      throw FieldValidationException.of(field, "helpdesk.api.boolean-expected");
    }
    return value.asBoolean();
  }

  @Nullable JsonNode node(String field) {
    return json.get(field);
  }

  List<Long> longs(String field, List<Long> current) {
    if (!json.has(field)) {
      return current;
    }
    JsonNode value = json.get(field);
    if (value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw FieldValidationException.of(field, "helpdesk.api.list-expected");
    }
    List<Long> ids = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isIntegralNumber()) {
        throw FieldValidationException.of(field, "helpdesk.api.number-expected");
      }
      ids.add(item.asLong());
    }
    return ids;
  }
}
