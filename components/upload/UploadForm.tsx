"use client";

import { useActionState, useEffect, useRef, useState, type DragEvent } from "react";
import { FileText, UploadCloud } from "lucide-react";
import { uploadAction, type UploadState } from "@/app/_actions/upload";
import { UploadResults } from "./UploadResults";

const INITIAL: UploadState = { kind: "idle" };

/** "reviewer-000.md" → "reviewer-000": the default reviewer name for a file. */
function baseName(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

interface UploadFormProps {
  subjects: string[];
  /** Too many subjects for a select: offer one name field with suggestions instead. */
  subjectsTruncated: boolean;
  initialSubject: string;
}

/**
 * Works as a plain multipart form (reviewers then default to file names); with JavaScript, files
 * can be dropped in and each gets an editable reviewer name.
 */
export function UploadForm({ subjects, subjectsTruncated, initialSubject }: UploadFormProps) {
  const [state, action, pending] = useActionState(uploadAction, INITIAL);
  const [files, setFiles] = useState<File[]>([]);
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  // React resets the form after a successful submit; the per-file list must follow.
  useEffect(() => {
    if (state.kind === "done") setFiles([]);
  }, [state]);

  const sync = () => setFiles(Array.from(input.current?.files ?? []));

  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    if (!input.current || event.dataTransfer.files.length === 0) return;
    const merged = new DataTransfer();
    for (const f of Array.from(input.current.files ?? [])) merged.items.add(f);
    for (const f of Array.from(event.dataTransfer.files)) merged.items.add(f);
    input.current.files = merged.files;
    sync();
  };

  const knownSubject = subjects.includes(initialSubject) ? initialSubject : "";

  return (
    <div className="upload-grid">
      <form action={action} className="card" aria-labelledby="upload-heading">
        <div className="card-header">
          <h2 id="upload-heading">Reports</h2>
        </div>
        <div className="card-body stack">
          {subjectsTruncated ? (
            <div className="field">
              <label htmlFor="upload-new-subject">Subject (an existing one or a new name)</label>
              <input
                id="upload-new-subject"
                name="newSubject"
                className="input"
                list="upload-subject-options"
                maxLength={200}
                required
                defaultValue={initialSubject}
              />
              <datalist id="upload-subject-options">
                {subjects.map((s) => (
                  <option key={s} value={s} />
                ))}
              </datalist>
            </div>
          ) : (
            <div className="row" style={{ alignItems: "flex-end", flexWrap: "wrap", gap: 12 }}>
              <div className="field" style={{ flex: "1 1 220px" }}>
                <label htmlFor="upload-subject">Subject</label>
                <select id="upload-subject" name="subject" className="select" defaultValue={knownSubject}>
                  <option value="">— new subject —</option>
                  {subjects.map((s) => (
                    <option key={s} value={s}>
                      {s}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field" style={{ flex: "1 1 220px" }}>
                <label htmlFor="upload-new-subject">or a new subject’s name</label>
                <input
                  id="upload-new-subject"
                  name="newSubject"
                  className="input"
                  maxLength={200}
                  defaultValue={knownSubject ? "" : initialSubject}
                  placeholder="e.g. neutron"
                />
              </div>
            </div>
          )}

          <label
            className={`dropzone${over ? " is-over" : ""}`}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={onDrop}
          >
            <UploadCloud size={28} aria-hidden="true" />
            <span>
              <strong>Drop report files here</strong> or choose them
            </span>
            <span className="small faint">Markdown, plain text, JSON, SARIF or a scanner’s XML; several at once</span>
            <input
              ref={input}
              type="file"
              name="files"
              multiple
              accept=".md,.markdown,.txt,.text,.json,.sarif,.xml,.yaml,.yml,.csv,.tsv,.html,.htm,text/*,application/json,application/xml"
              onChange={sync}
              aria-describedby="reviewer-hint"
            />
          </label>
          <p id="reviewer-hint" className="field-hint">
            Each file is one reviewer’s report. The reviewer’s name defaults to the file name without its extension.
          </p>

          {files.length > 0 && (
            <fieldset className="stack-sm" style={{ border: 0, margin: 0, padding: 0 }}>
              <legend className="field-label" style={{ marginBottom: 6 }}>
                Reviewer for each file
              </legend>
              <ul className="file-rows">
                {files.map((file, index) => (
                  <li key={`${file.name}-${index}`} className="file-row">
                    <span className="file-name" title={file.name}>
                      <FileText size={14} aria-hidden="true" />
                      {file.name}
                      <span className="faint small">{(file.size / 1024).toFixed(1)} KB</span>
                    </span>
                    <span>
                      <label className="visually-hidden" htmlFor={`reviewer-${index}`}>
                        Reviewer for {file.name}
                      </label>
                      <input
                        id={`reviewer-${index}`}
                        name={`reviewer:${index}`}
                        className="input"
                        defaultValue={baseName(file.name)}
                        required
                        maxLength={200}
                        data-reviewer-for={file.name}
                      />
                    </span>
                  </li>
                ))}
              </ul>
            </fieldset>
          )}

          <div className="divider-label">or</div>

          <details className="disclosure">
            <summary>Paste a report as text</summary>
            <div className="stack-sm">
              <div className="field">
                <label htmlFor="paste-text">Report text</label>
                <textarea id="paste-text" name="pasteText" className="textarea" rows={8} placeholder="Paste the review here" />
              </div>
              <div className="row" style={{ gap: 12 }}>
                <div className="field" style={{ flex: 1 }}>
                  <label htmlFor="paste-reviewer">Reviewer</label>
                  <input id="paste-reviewer" name="pasteReviewer" className="input" maxLength={200} placeholder="e.g. alice" />
                </div>
                <div className="field" style={{ flex: 1 }}>
                  <label htmlFor="paste-name">File name (optional)</label>
                  <input id="paste-name" name="pasteName" className="input" maxLength={200} placeholder="pasted.md" />
                </div>
              </div>
            </div>
          </details>

          <details className="disclosure">
            <summary>Attach the reviewed code (optional)</summary>
            <div className="field">
              <label htmlFor="code-file">Code file</label>
              <input id="code-file" name="code" type="file" className="input" />
              <p className="small muted">
                A source file, or a markdown description with numbered code blocks. Issue pages then show the code at the lines the reviewers cite.
              </p>
            </div>
          </details>

          <div>
            <button className="btn btn-primary" type="submit" disabled={pending}>
              <UploadCloud size={14} aria-hidden="true" />
              {pending ? "Ingesting…" : "Ingest reports"}
            </button>
          </div>
        </div>
      </form>

      <section className="card" aria-labelledby="results-heading">
        <div className="card-header">
          <h2 id="results-heading">Results</h2>
        </div>
        <div aria-live="polite" aria-busy={pending}>
          <UploadResults state={state} pending={pending} />
        </div>
      </section>
    </div>
  );
}
