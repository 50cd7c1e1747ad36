-- Reason codes: code at most 64 characters, name at most 120 (io.afterdesk.common.TextLimits).
-- NOT VALID: enforced for every new or changed row, existing rows are not rechecked.
alter table aftersales_reason_code
    add constraint aftersales_reason_code_code_length check (char_length(code) <= 64) not valid,
    add constraint aftersales_reason_code_name_length check (char_length(name) <= 120) not valid;
