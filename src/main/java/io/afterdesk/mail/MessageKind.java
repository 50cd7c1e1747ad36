package io.afterdesk.mail;

/**
 * A message is sent to the followers; a note stays internal; a tracking entry records changed
 * fields; a system entry records what the application did (a document created, a state reached).
 */
public enum MessageKind {
  MESSAGE,
  NOTE,
  TRACKING,
  SYSTEM
}
