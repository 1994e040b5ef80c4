using System.Collections.Frozen;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Text;

namespace Etiquette.Core.Lexicons;

/// <summary>A compiled word or phrase list that finds its entries in an analysed draft without allocating.</summary>
public sealed class Lexicon
{
    /// <summary>Entries by the hash of their first word; a bucket may hold other words too, so candidates are checked.</summary>
    private readonly FrozenDictionary<int, CompiledEntry[]> _byFirstWordHash;
    private readonly CompiledEntry[] _byPrefix;

    public Lexicon(IEnumerable<LexiconEntry> entries)
    {
        Entries = entries.ToArray();
        var compiled = Entries.Select(CompiledEntry.Compile).ToArray();
        _byPrefix = compiled.Where(e => e.Terms[0].IsPrefix).OrderByDescending(e => e.Terms.Length).ToArray();
        _byFirstWordHash = compiled
            .Where(e => !e.Terms[0].IsPrefix)
            .SelectMany(e => e.Terms[0].Words.Select(w => (Hash: LexiconComparer.Hash(w), Entry: e)))
            .GroupBy(x => x.Hash)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Entry).Distinct().OrderByDescending(e => e.Terms.Length).ToArray());
    }

    public static readonly Lexicon Empty = new([]);

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Whether a single-word entry (no prefix entries) is exactly this word.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word)
    {
        if (!_byFirstWordHash.TryGetValue(LexiconComparer.Hash(word), out var entries)) return false;
        foreach (var entry in entries)
            if (entry.Terms.Length == 1 && entry.Terms[0].Accepts(word)) return true;
        return false;
    }

    /// <summary>Every non-overlapping match in the draft (longest match first at each position).</summary>
    public MatchEnumerable Matches(DraftText draft) => new(this, draft, 0, draft.Tokens.Length);

    /// <summary>Every non-overlapping match inside one sentence.</summary>
    public MatchEnumerable Matches(DraftText draft, Sentence sentence) => new(this, draft, sentence.FirstToken, sentence.EndToken);

    public bool Any(DraftText draft)
    {
        foreach (var _ in Matches(draft)) return true;
        return false;
    }

    public bool Any(DraftText draft, Sentence sentence)
    {
        foreach (var _ in Matches(draft, sentence)) return true;
        return false;
    }

    internal bool TryMatchAt(DraftText draft, int index, int endToken, out LexiconMatch match)
    {
        match = default;
        if (_byFirstWordHash.TryGetValue(draft.HashOf(index), out var candidates) && TryCandidates(candidates, draft, index, endToken, out match)) return true;
        return _byPrefix.Length > 0 && TryCandidates(_byPrefix, draft, index, endToken, out match);
    }

    private static bool TryCandidates(CompiledEntry[] candidates, DraftText draft, int index, int endToken, out LexiconMatch match)
    {
        foreach (var entry in candidates)
        {
            var count = entry.MatchLength(draft, index, endToken);
            if (count == 0) continue;
            var start = draft.Tokens[index].Start;
            match = new LexiconMatch(entry.Source, TextSpan.FromBounds(start, draft.Tokens[index + count - 1].End), index, count);
            return true;
        }

        match = default;
        return false;
    }

    public struct MatchEnumerable(Lexicon lexicon, DraftText draft, int firstToken, int endToken)
    {
        private int _next = firstToken;

        public LexiconMatch Current { get; private set; }

        public readonly MatchEnumerable GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < endToken)
            {
                var index = _next;
                if (lexicon.TryMatchAt(draft, index, endToken, out var match))
                {
                    Current = match;
                    _next = index + match.TokenCount;
                    return true;
                }

                _next = index + 1;
            }

            return false;
        }
    }

    private sealed record Term(string[] Words, bool IsPrefix)
    {
        public bool Accepts(ReadOnlySpan<char> word)
        {
            foreach (var candidate in Words)
                if (IsPrefix ? LexiconComparer.StartsWith(word, candidate) : LexiconComparer.Equal(word, candidate)) return true;
            return false;
        }
    }

    private sealed class CompiledEntry
    {
        private CompiledEntry(LexiconEntry source, Term[] terms, Term? notFollowedBy)
        {
            Source = source;
            Terms = terms;
            NotFollowedBy = notFollowedBy;
        }

        public LexiconEntry Source { get; }
        public Term[] Terms { get; }
        private Term? NotFollowedBy { get; }

        public static CompiledEntry Compile(LexiconEntry entry)
        {
            var parts = entry.Pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Term? notFollowedBy = null;
            if (parts[^1].StartsWith('!'))
            {
                notFollowedBy = ParseTerm(parts[^1][1..], entry);
                parts = parts[..^1];
            }

            if (parts.Length == 0) throw new FormatException($"Lexicon pattern '{entry.Pattern}' has no words.");
            return new CompiledEntry(entry, parts.SelectMany(p => ExpandTerm(p, entry)).ToArray(), notFollowedBy);
        }

        /// <summary>A written word may be several tokens ("it's" is one, "e.g." four); each becomes a term.</summary>
        private static IEnumerable<Term> ExpandTerm(string part, LexiconEntry entry)
        {
            if (part.Contains('|') || part.EndsWith('*')) return [ParseTerm(part, entry)];
            var tokens = Tokenizer.Tokenize(part);
            return tokens.Select(t => new Term([part.Substring(t.Start, t.Length)], false));
        }

        private static Term ParseTerm(string part, LexiconEntry entry)
        {
            var prefix = part.EndsWith('*');
            var words = (prefix ? part[..^1] : part).Split('|', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) throw new FormatException($"Lexicon pattern '{entry.Pattern}' has an empty term.");
            return new Term(words, prefix);
        }

        /// <summary>How many tokens the entry covers from <paramref name="index"/>, or 0 when it does not match.</summary>
        public int MatchLength(DraftText draft, int index, int endToken)
        {
            if (index + Terms.Length > endToken) return 0;
            for (var t = 0; t < Terms.Length; t++)
            {
                var token = draft.Tokens[index + t];
                if (t > 0 && !Adjacent(draft, index + t)) return 0;
                if (!Terms[t].Accepts(draft[token])) return 0;
            }

            var after = index + Terms.Length;
            if (NotFollowedBy is not null && after < endToken && NotFollowedBy.Accepts(draft[draft.Tokens[after]])) return 0;
            return Terms.Length;
        }

        /// <summary>A phrase does not run across a line break.</summary>
        private static bool Adjacent(DraftText draft, int tokenIndex)
        {
            var gap = draft.Slice(draft.Tokens[tokenIndex - 1].End, draft.Tokens[tokenIndex].Start - draft.Tokens[tokenIndex - 1].End);
            return !gap.ContainsAny('\n', '\r');
        }
    }
}

public readonly record struct LexiconMatch(LexiconEntry Entry, TextSpan Span, int FirstToken, int TokenCount)
{
    public string? Replacement => Entry.Replacement;
}
