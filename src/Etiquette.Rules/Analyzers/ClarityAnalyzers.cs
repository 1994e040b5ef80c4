using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Text;

namespace Etiquette.Rules.Analyzers;

/// <summary>Clarity: words and lengths that lose a customer in a chat window (ETQ302–ETQ304; ETQ301 comes with the classifier).</summary>
public static class ClarityAnalyzers
{
    public static readonly DiagnosticDescriptor JargonRule = new(
        "ETQ302", "Jargon term", "'{0}' is jargon a customer may not know; {1}", Categories.Clarity, DiagnosticSeverity.Info,
        "Trade terms such as 'chargeback', 'APN settings' or 'escalate to tier 2' leave a customer guessing. "
        + "Profiles choose the domain packs to check (jargonPacks) and add or remove terms (lexicons.jargon).");

    public static readonly DiagnosticDescriptor AcronymRule = new(
        "ETQ303", "Unexplained acronym", "'{0}' is an acronym a customer may not know; spell it out the first time you use it",
        Categories.Clarity, DiagnosticSeverity.Info,
        "An acronym is explained when its words come before it in brackets ('Payment Services Directive (PSD)') or after it "
        + "('PSD (Payment Services Directive)'). Known acronyms (the profile's allow-list) need no explaining.");

    public static readonly DiagnosticDescriptor LengthRule = new(
        "ETQ304", "Long sentence or wall of text", "{0} is hard to read in a chat window; {1}", Categories.Clarity, DiagnosticSeverity.Info,
        "A chat window is narrow: a sentence longer than the profile's limits.maxSentenceWords, or a reply longer than "
        + "limits.maxDraftWords without a line break, makes the customer scroll and reread.");

    /// <summary>Small words an expansion may leave out of its acronym ("Department for Work and Pensions (DWP)").</summary>
    private static readonly string[] MinorWords = ["of", "and", "for", "the", "to", "in", "on", "at", "a", "an"];

    public sealed class JargonTerms : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [JargonRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            foreach (var match in context.Lexicon(LexiconNames.Jargon).Matches(draft))
            {
                var term = draft.Slice(match.Span.Start, match.Span.Length).ToString();
                if (string.IsNullOrEmpty(match.Replacement))
                {
                    context.Report(JargonRule, match.Span, [term, "say it in everyday words"]);
                    continue;
                }

                var edit = Edits.Replace(draft, match.Span, match.Replacement);
                var title = $"Write '{edit.NewText}'";
                var fix = Articles.Agree(draft, match.FirstToken, edit.NewText) is { } article
                    ? new Fix(title, article, edit)
                    : new Fix(title, edit);
                context.Report(JargonRule, match.Span, [term, $"say '{edit.NewText}'"], fix);
            }
        }
    }

    public sealed class UnexplainedAcronyms : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [AcronymRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            for (var i = 0; i < draft.Tokens.Length; i++)
            {
                if (!IsAcronymShaped(draft, draft.Tokens[i]) || IsSignature(draft, i)) continue;
                var word = draft[draft.Tokens[i]];
                // Shouting is ETQ204's, jargon ETQ302's and textspeak ("FYI") ETQ202's.
                if (!CapitalWords.IsCandidate(context, i) || CapitalWords.IsShouted(context, i)) continue;
                if (context.Lexicon(LexiconNames.Textspeak).ContainsWord(word) || IsInsideJargon(context, i)) continue;
                if (OccursEarlier(draft, i) || IsExplained(draft, word)) continue;
                context.Report(AcronymRule, draft.Tokens[i].Span, [word.ToString()]);
            }
        }

        /// <summary>Two to six capital letters and nothing else: order codes with digits are not acronyms.</summary>
        private static bool IsAcronymShaped(DraftText draft, Token token)
        {
            if (token.Kind != TokenKind.Word || token.Length is < 2 or > 6) return false;
            foreach (var c in draft[token])
                if (!char.IsUpper(c)) return false;
            return true;
        }

        /// <summary>Initials the agent signs with, written right after a mark ("*MS", "^SJ").</summary>
        private static bool IsSignature(DraftText draft, int tokenIndex)
        {
            if (tokenIndex == 0) return false;
            var mark = draft.Tokens[tokenIndex - 1];
            return mark.End == draft.Tokens[tokenIndex].Start && draft[mark] is "*" or "^" or "~" or "/";
        }

        /// <summary>Inside a multi-word jargon term ("APN settings"), which ETQ302 reports whole.</summary>
        private static bool IsInsideJargon(AnalysisContext context, int tokenIndex)
        {
            var draft = context.Draft;
            var sentence = draft.Sentences[draft.SentenceIndexOf(tokenIndex)];
            foreach (var match in context.Lexicon(LexiconNames.Jargon).Matches(draft, sentence))
            {
                if (match.FirstToken > tokenIndex) break;
                if (tokenIndex < match.FirstToken + match.TokenCount) return true;
            }

            return false;
        }

        private static bool OccursEarlier(DraftText draft, int tokenIndex)
        {
            var word = draft[draft.Tokens[tokenIndex]];
            for (var i = 0; i < tokenIndex; i++)
                if (draft.Tokens[i].Kind == TokenKind.Word && draft[draft.Tokens[i]].SequenceEqual(word)) return true;
            return false;
        }

        /// <summary>Anywhere in the draft, the acronym stands in brackets after its words, or its words follow it in brackets.</summary>
        private static bool IsExplained(DraftText draft, ReadOnlySpan<char> acronym)
        {
            var tokens = draft.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind != TokenKind.Word || !draft[tokens[i]].SequenceEqual(acronym)) continue;
                if (IsMark(draft, i - 1, "(") && IsMark(draft, i + 1, ")") && InitialsSpell(draft, i - 2, -1, acronym)) return true;
                if (IsMark(draft, i + 1, "(") && InitialsSpell(draft, i + 2, +1, acronym)) return true;
            }

            return false;
        }

        /// <summary>
        /// Whether the words from <paramref name="start"/>, read in <paramref name="step"/>'s direction, spell the acronym by
        /// their initials (each part of a hyphenated word counts), skipping minor words; read forwards, a closing bracket must follow.
        /// </summary>
        private static bool InitialsSpell(DraftText draft, int start, int step, ReadOnlySpan<char> acronym)
        {
            var remaining = acronym.Length;
            var i = start;
            for (; remaining > 0; i += step)
            {
                if (i < 0 || i >= draft.Tokens.Length || draft.Tokens[i].Kind != TokenKind.Word) return false;
                var word = draft[draft.Tokens[i]];
                var count = word.Count('-') + 1;
                if (count <= remaining)
                {
                    var letters = step < 0 ? acronym.Slice(remaining - count, count) : acronym.Slice(acronym.Length - remaining, count);
                    if (InitialsAre(word, letters))
                    {
                        remaining -= count;
                        continue;
                    }
                }

                if (!IsMinorWord(word)) return false;
            }

            return step < 0 || IsMark(draft, i, ")");
        }

        private static bool InitialsAre(ReadOnlySpan<char> word, ReadOnlySpan<char> letters)
        {
            var next = 0;
            for (var c = 0; c < word.Length; c++)
            {
                if (c > 0 && word[c - 1] != '-') continue;
                if (next == letters.Length || char.ToUpperInvariant(word[c]) != char.ToUpperInvariant(letters[next])) return false;
                next++;
            }

            return next == letters.Length;
        }

        private static bool IsMinorWord(ReadOnlySpan<char> word)
        {
            foreach (var minor in MinorWords)
                if (word.Equals(minor, StringComparison.OrdinalIgnoreCase)) return true;
            return false;
        }

        private static bool IsMark(DraftText draft, int tokenIndex, string mark) =>
            tokenIndex >= 0 && tokenIndex < draft.Tokens.Length
                            && draft.Tokens[tokenIndex].Kind == TokenKind.Punctuation
                            && draft[draft.Tokens[tokenIndex]].SequenceEqual(mark);
    }

    public sealed class LongText : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [LengthRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            var profile = context.Profile;
            var total = 0;
            foreach (var sentence in draft.Sentences)
            {
                var words = draft.CountWords(sentence);
                total += words;
                if (words > profile.MaxSentenceWords)
                    context.Report(LengthRule, sentence.Span,
                        [$"A {words}-word sentence (limit {profile.MaxSentenceWords})", "split it into shorter ones"]);
            }

            if (total <= profile.MaxDraftWords) return;
            var whole = TextSpan.FromBounds(draft.Tokens[0].Start, draft.Tokens[^1].End);
            if (draft.Slice(whole.Start, whole.Length).ContainsAny('\n', '\r')) return;
            context.Report(LengthRule, whole,
                [$"A {total}-word reply with no paragraph breaks (limit {profile.MaxDraftWords} words)", "break it into short paragraphs"]);
        }
    }
}
