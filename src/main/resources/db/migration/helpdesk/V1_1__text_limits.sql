-- The longest texts the pages and the API accept (io.afterdesk.common.TextLimits), kept by the
-- database too. NOT VALID: enforced for every new or changed row, existing rows are not rechecked.
alter table helpdesk_ticket
    add constraint helpdesk_ticket_subject_length check (char_length(subject) <= 200) not valid,
    add constraint helpdesk_ticket_description_length check (char_length(description) <= 10000) not valid,
    add constraint helpdesk_ticket_email_length check (char_length(email) <= 254) not valid;
alter table helpdesk_team
    add constraint helpdesk_team_name_length check (char_length(name) <= 120) not valid;
alter table helpdesk_stage
    add constraint helpdesk_stage_name_length check (char_length(name) <= 120) not valid;
alter table helpdesk_tag
    add constraint helpdesk_tag_name_length check (char_length(name) <= 120) not valid;
