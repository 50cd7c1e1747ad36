package io.afterdesk.helpdesk;

/** A stage of a team as shown: its place in the pipeline and whether it closes tickets. */
public record StageView(long id, String name, int sequence, boolean closing) {}
