/**
 * validateInstrument's issues, sorted to where the editor shows them: under the question or
 * the section their path names, the rest (code, title, elements) at the top. Pure.
 */
import type { InstrumentIssue } from '@papi/domain';

export interface PlacedIssues {
  /** "si" → issues about section si itself (name, empty, its condition). */
  sections: Map<string, InstrumentIssue[]>;
  /** "si.qi" → issues about that question, any field. */
  questions: Map<string, InstrumentIssue[]>;
  general: InstrumentIssue[];
}

const PATH = /^(?:document\.)?sections\[(\d+)\](?:\.questions\[(\d+)\])?/;

function push(map: Map<string, InstrumentIssue[]>, key: string, issue: InstrumentIssue) {
  const list = map.get(key);
  if (list) list.push(issue);
  else map.set(key, [issue]);
}

export function placeIssues(issues: readonly InstrumentIssue[]): PlacedIssues {
  const placed: PlacedIssues = { sections: new Map(), questions: new Map(), general: [] };
  for (const issue of issues) {
    const m = PATH.exec(issue.path);
    if (!m) placed.general.push(issue);
    else if (m[2] === undefined) push(placed.sections, m[1]!, issue);
    else push(placed.questions, `${m[1]}.${m[2]}`, issue);
  }
  return placed;
}

/** The field a question issue is about ("name", "choices", "scoring"…), for its marker. */
export function issueField(path: string): string {
  const rest = path.replace(PATH, '');
  return /^\.(\w+)/.exec(rest)?.[1] ?? '';
}
