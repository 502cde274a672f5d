// Parses a search query (phrases, prefixes, AND/OR/NOT, parentheses) into a safe FTS5 MATCH string and the terms to highlight.
import { ApiError } from '../../../../shared/api/api-error';
import { words } from './word-tokens';

/** One searchable term: a word or phrase of words; `prefix` makes the last word a prefix. */
export interface QueryTerm {
  words: string[];
  prefix: boolean;
}

type Node = { kind: 'term'; term: QueryTerm } | { kind: 'and' | 'or' | 'not'; left: Node; right: Node };

export interface ParsedQuery {
  /** The query rewritten for `document_fts MATCH ?`. */
  match: string;
  /** Terms whose occurrences are hits (terms after NOT are left out). */
  terms: QueryTerm[];
}

type Lexeme =
  | { kind: 'open' | 'close' | 'AND' | 'OR' | 'NOT'; at: number }
  | { kind: 'text'; text: string; quoted: boolean; prefix: boolean; at: number };

export function invalidQuery(detail: string, query: string): ApiError {
  return new ApiError('invalid_query', `The search query cannot be read: ${detail}.`, { detail, query });
}

function lex(query: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < query.length) {
    const ch = query[i]!;
    if (/\s/u.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')') {
      out.push({ kind: ch === '(' ? 'open' : 'close', at: i });
      i++;
    } else if (ch === '"' || ch === '“' || ch === '”') {
      const close = query.slice(i + 1).search(/["“”]/u);
      if (close === -1) throw invalidQuery(`a quotation mark at position ${i + 1} is never closed`, query);
      const text = query.slice(i + 1, i + 1 + close);
      i += close + 2;
      const prefix = query[i] === '*';
      if (prefix) i++;
      out.push({ kind: 'text', text, quoted: true, prefix, at: i });
    } else {
      const m = /^[^\s()"“”]+/u.exec(query.slice(i))!;
      const raw = m[0];
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') out.push({ kind: raw, at: i });
      else {
        const prefix = raw.endsWith('*');
        out.push({
          kind: 'text',
          text: prefix ? raw.replace(/\*+$/u, '') : raw,
          quoted: false,
          prefix,
          at: i,
        });
      }
      i += raw.length;
    }
  }
  return out;
}

/** Recursive-descent parser; FTS5 precedence: NOT binds tighter than AND, AND tighter than OR. */
function parse(lexemes: Lexeme[], query: string): Node | null {
  let pos = 0;
  const peek = (): Lexeme | undefined => lexemes[pos];

  const primary = (): Node | null | 'none' => {
    const lx = peek();
    if (!lx) return 'none';
    if (lx.kind === 'open') {
      pos++;
      const inner = orExpr();
      if (peek()?.kind !== 'close') throw invalidQuery('a parenthesis is never closed', query);
      pos++;
      return inner;
    }
    if (lx.kind === 'text') {
      pos++;
      const ws = words(lx.text);
      return ws.length === 0 ? null : { kind: 'term', term: { words: ws, prefix: lx.prefix } };
    }
    return 'none';
  };

  const operand = (after: string): Node | null => {
    const node = primary();
    if (node === 'none') throw invalidQuery(`${after} needs a word after it`, query);
    return node;
  };

  const combine = (kind: 'and' | 'or' | 'not', left: Node | null, right: Node | null): Node | null => {
    if (!left) return kind === 'not' ? null : right;
    if (!right) return left;
    return { kind, left, right };
  };

  const notExpr = (): Node | null | 'none' => {
    let left = primary();
    if (left === 'none') return 'none';
    while (peek()?.kind === 'NOT') {
      pos++;
      left = combine('not', left, operand('NOT'));
    }
    return left;
  };

  const andExpr = (): Node | null => {
    const first = notExpr();
    if (first === 'none') {
      const lx = peek();
      if (!lx || lx.kind === 'close') throw invalidQuery('there is nothing to search for', query);
      throw invalidQuery(`${lx.kind} needs a word before it`, query);
    }
    let left = first;
    for (;;) {
      const lx = peek();
      if (lx?.kind === 'AND') {
        pos++;
        const right = notExpr();
        if (right === 'none') throw invalidQuery('AND needs a word after it', query);
        left = combine('and', left, right);
      } else if (lx?.kind === 'text' || lx?.kind === 'open') {
        const right = notExpr();
        left = combine('and', left, right === 'none' ? null : right);
      } else return left;
    }
  };

  const orExpr = (): Node | null => {
    let left = andExpr();
    while (peek()?.kind === 'OR') {
      pos++;
      if (!peek() || peek()?.kind === 'close') throw invalidQuery('OR needs a word after it', query);
      left = combine('or', left, andExpr());
    }
    return left;
  };

  const tree = orExpr();
  if (pos < lexemes.length) throw invalidQuery('a closing parenthesis has no opening one', query);
  return tree;
}

function render(node: Node): string {
  if (node.kind === 'term') return `"${node.term.words.join(' ')}"${node.term.prefix ? '*' : ''}`;
  const op = node.kind.toUpperCase();
  return `(${render(node.left)} ${op} ${render(node.right)})`;
}

function positiveTerms(node: Node, out: QueryTerm[]): QueryTerm[] {
  if (node.kind === 'term') out.push(node.term);
  else {
    positiveTerms(node.left, out);
    if (node.kind !== 'not') positiveTerms(node.right, out);
  }
  return out;
}

/** Parses `query`; throws ApiError 'invalid_query' with a readable detail when it is malformed. */
export function parseQuery(query: string): ParsedQuery {
  const tree = parse(lex(query), query);
  if (!tree) throw invalidQuery('there is nothing to search for', query);
  return { match: render(tree), terms: positiveTerms(tree, []) };
}
