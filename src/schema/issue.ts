/** One problem in the content, precise enough to fix without searching: file, entry, field. */
export interface ContentIssue {
  file: string;
  entry: string;
  field: string;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file} › ${issue.entry} › ${issue.field}: ${issue.message}`;
}
