package io.afterdesk.mail.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The chatter composer: a message to the followers, or an internal note. */
record MessageForm(
    @NotBlank(message = "{mail.chatter.body-required}")
        @Size(max = 20000, message = "{mail.chatter.body-too-long}")
        String body,
    boolean internal) {

  static MessageForm empty() {
    return new MessageForm("", false);
  }
}
