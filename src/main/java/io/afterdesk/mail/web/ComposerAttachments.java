package io.afterdesk.mail.web;

import io.afterdesk.mail.MailAttachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** The files uploaded in the composer as attachments, and whether together they are too large. */
record ComposerAttachments(List<MailAttachment> attachments, long size) {

  private static final long MAX_BYTES = 10L * 1024 * 1024;

  static ComposerAttachments of(@Nullable List<MultipartFile> files) {
    List<MailAttachment> attachments = new ArrayList<>();
    long size = 0;
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      if (file.isEmpty()) {
        continue;
      }
      size += file.getSize();
      attachments.add(
          new MailAttachment(
              file.getOriginalFilename() == null ? "attachment" : file.getOriginalFilename(),
              file.getContentType() == null ? "application/octet-stream" : file.getContentType(),
              bytes(file)));
    }
    return new ComposerAttachments(List.copyOf(attachments), size);
  }

  boolean tooLarge() {
    return size > MAX_BYTES;
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
