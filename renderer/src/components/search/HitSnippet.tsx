// A search hit's context snippet with the match marked.

interface Props {
  snippet: string;
  matchStart: number;
  matchEnd: number;
}

export function HitSnippet({ snippet, matchStart, matchEnd }: Props) {
  return (
    <span className="hit-snippet">
      {snippet.slice(0, matchStart)}
      <mark>{snippet.slice(matchStart, matchEnd)}</mark>
      {snippet.slice(matchEnd)}
    </span>
  );
}
