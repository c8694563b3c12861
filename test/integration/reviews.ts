/** Three small reviews of one Flask upload handler, in the shapes reviewers really use. */
export const UPLOAD_REVIEWS = {
  alice: `I looked at \`upload.py\` with untrusted uploads in mind.

1. **Path traversal in \`save_upload\`** (Line 21)
   - **Issue**: The file name from the multipart form is joined onto \`UPLOAD_DIR\` with \`os.path.join\`, so \`../../etc/cron.d/x\` escapes the upload folder.
   - **Solution**: Use \`werkzeug.utils.secure_filename\` and check the resolved path stays under \`UPLOAD_DIR\`.

2. **No size limit on uploads** (Lines 14-16)
   - **Issue**: \`request.files['doc'].read()\` reads the whole body into memory; a multi-gigabyte upload exhausts memory.
   - **Solution**: Set \`MAX_CONTENT_LENGTH\` and stream to disk.

3. **Debug mode enabled** (Line 40)
   - **Issue**: \`app.run(debug=True)\` exposes the Werkzeug debugger, which allows arbitrary code execution.
   - **Solution**: Never enable debug outside development.

Overall the handler is short and readable.
`,
  "bot-7": `## Findings

### 1. Directory traversal via uploaded filename
**Severity:** High
**CWE:** CWE-22
**Location:** save_upload(), line 22

\`os.path.join(UPLOAD_DIR, f.filename)\` trusts the client-supplied name; an attacker can write outside the upload directory.

### 2. Uploaded files served with their original content type
**Severity:** Medium
**Location:** download(), lines 30-33

Files are sent back with the MIME type the uploader chose, so an HTML upload is rendered by the browser: stored XSS.

## Summary
Fix the traversal first.
`,
  carol: `No security defects are detected in the code. The upload handler validates the session and uses the framework's request parsing.`,
};
