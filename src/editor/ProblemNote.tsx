// A field's problems in the interface language, named by the field's aria-describedby.
import type { Problem } from './draft';
import { problemText } from './strings';
import { useLanguage } from './useEditorText';

export function ProblemNote({ id, problems }: { id: string; problems: readonly Problem[] }) {
  const language = useLanguage();
  if (problems.length === 0) return null;
  return (
    <span id={id} className="editor-problem">
      {problems.map((p) => problemText(language, p.code, p.detail, p.params)).join(' ')}
    </span>
  );
}
