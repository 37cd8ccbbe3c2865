"""An upload handler for the photo fallback that never writes a temporary file.

Django's default handlers spill an upload larger than FILE_UPLOAD_MAX_MEMORY_SIZE to a
temporary file; a reported photo must never touch the disk (DESIGN invariant 1). This one
keeps at most `max_bytes` in memory and drops anything larger, leaving a flag on the request
so the view can say the photo is too large.
"""

from io import BytesIO

from django.conf import settings
from django.core.files.uploadedfile import InMemoryUploadedFile
from django.core.files.uploadhandler import FileUploadHandler


class MemoryOnlyUploadHandler(FileUploadHandler):
    def __init__(self, request=None, max_bytes: int | None = None):
        super().__init__(request)
        self.max_bytes = max_bytes or settings.TAKEDOWN_UPLOAD_MAX_BYTES
        self.too_large = False

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.buffer = BytesIO()
        self.too_large = False

    def receive_data_chunk(self, raw_data, start):
        if self.too_large:
            return None
        if self.buffer.tell() + len(raw_data) > self.max_bytes:
            self.too_large = True
            self.buffer = BytesIO()  # let go of what was read so far
            if self.request is not None:
                self.request.upload_too_large = True
            return None
        self.buffer.write(raw_data)
        return None  # consumed: no later handler sees the bytes

    def file_complete(self, file_size):
        if self.too_large:
            return None
        self.buffer.seek(0)
        return InMemoryUploadedFile(
            file=self.buffer,
            field_name=self.field_name,
            name=self.file_name,
            content_type=self.content_type,
            size=file_size,
            charset=self.charset,
            content_type_extra=self.content_type_extra,
        )
