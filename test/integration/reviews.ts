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

/** The code those reviews are about, as a subject description with numbered code (the corpora's subject.md shape). */
export const UPLOAD_CODE = `# Subject: upload handler

- **File:** \`app/upload.py\` (complete)

## \`app/upload.py\`

\`\`\`python
  1  import os
  2  from flask import Flask, request, send_file, abort
  3
  4  app = Flask(__name__)
  5  UPLOAD_DIR = "/srv/uploads"
  6
  7
  8  def current_user():
  9      return request.headers.get("X-User")
 10
 11
 12  @app.route("/upload", methods=["POST"])
 13  def upload():
 14      f = request.files["doc"]
 15      data = f.read()
 16      save_upload(f.filename, data)
 17      return "ok"
 18
 19
 20  def save_upload(filename, data):
 21      path = os.path.join(UPLOAD_DIR, filename)
 22      with open(path, "wb") as out:
 23          out.write(data)
 24      return path
 25
 26
 27  @app.route("/files/<name>")
 28  def download(name):
 29      path = os.path.join(UPLOAD_DIR, os.path.basename(name))
 30      if not os.path.exists(path):
 31          abort(404)
 32      mime = open(path + ".type").read()
 33      return send_file(path, mimetype=mime)
 34
 35
 36  if __name__ == "__main__":
 37      # <script>alert(1)</script> stays text
 38      app.config["SECRET_KEY"] = "dev"
 39      app.logger.info("starting")
 40      app.run(debug=True)
\`\`\`
`;
