using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;

namespace Etiquette.Rules.Analyzers;

/// <summary>Register: how casual, loud or stiff a reply sounds (ETQ202–ETQ207; ETQ201 comes with the classifier).</summary>
public static class RegisterAnalyzers
{
    public static readonly DiagnosticDescriptor TextspeakRule = new(
        "ETQ202", "Textspeak or slang", "'{0}' is textspeak; {1}", Categories.Register, DiagnosticSeverity.Warning,
        "Abbreviations such as 'u', 'pls' or 'thx' read as careless to a customer; write the word out.");

    public static readonly DiagnosticDescriptor EmojiRule = new(
        "ETQ203", "Emoji or emoticon", "{0} '{1}' does not suit this brand's voice; remove it", Categories.Register, DiagnosticSeverity.Warning,
        "Emoji and emoticons can look flippant or be misread; leave them out unless the brand's voice allows them.");

    public static readonly DiagnosticDescriptor ShoutingRule = new(
        "ETQ204", "Shouting", "'{0}' in capitals reads as shouting; write it in normal case", Categories.Register, DiagnosticSeverity.Warning,
        "Words in capitals read as raised voice. Known acronyms (the profile's allow-list) are not shouting.");

    public static readonly DiagnosticDescriptor PunctuationRule = new(
        "ETQ205", "Excessive punctuation", "'{0}' is more punctuation than a professional reply needs; one '{1}' is enough",
        Categories.Register, DiagnosticSeverity.Info,
        "Runs such as '!!', '???' or '?!' sound exasperated or over-excited.");

    public static readonly DiagnosticDescriptor StiffRule = new(
        "ETQ206", "Stiff or archaic formality", "'{0}' sounds stiff in a chat; {1}", Categories.Register, DiagnosticSeverity.Info,
        "Phrases such as 'kindly be advised' or 'forthwith' sound cold and bureaucratic in a live chat.");

    public static readonly DiagnosticDescriptor CurtRule = new(
        "ETQ207", "Curt reply", "'{0}' on its own reads as curt; answer in a full, friendly sentence", Categories.Register, DiagnosticSeverity.Warning,
        "One-word replies such as 'k', 'Fine.' or 'nope' can feel dismissive to a customer waiting for help.");

    private static string Advice(string? replacement) =>
        string.IsNullOrEmpty(replacement) ? "leave it out" : $"write '{replacement}'";

    /// <summary>Every match of the lexicon, mended by its entry's replacement (an empty one removes the words).</summary>
    private static void ReportReplacements(AnalysisContext context, DiagnosticDescriptor rule, string lexicon)
    {
        foreach (var match in context.Lexicon(lexicon).Matches(context.Draft))
        {
            var found = context.Draft.Slice(match.Span.Start, match.Span.Length).ToString();
            var replacement = match.Replacement ?? string.Empty;
            var edit = Edits.Replace(context.Draft, match.Span, replacement);
            var title = replacement.Length == 0 ? $"Remove '{found}'" : $"Write '{edit.NewText}'";
            context.Report(rule, match.Span, [found, Advice(replacement)], new Fix(title, edit));
        }
    }

    public sealed class Textspeak : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [TextspeakRule];

        public override void Analyze(AnalysisContext context)
        {
            if (CurtMatch(context) is not null) return;
            ReportReplacements(context, TextspeakRule, LexiconNames.Textspeak);
        }
    }

    public sealed class EmojiAndEmoticons : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [EmojiRule];

        public override void Analyze(AnalysisContext context)
        {
            if (context.Profile.AllowEmoji) return;
            var tokens = context.Draft.Tokens;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!IsPictorial(tokens[i])) continue;
                var first = i;
                while (i + 1 < tokens.Length && IsPictorial(tokens[i + 1]) && OnlySpacesBetween(context.Draft, tokens[i], tokens[i + 1])) i++;
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[i].End);
                var shown = context.Draft.Slice(span.Start, span.Length).ToString();
                var kind = tokens[first].Kind == TokenKind.Emoji ? "Emoji" : "Emoticon";
                context.Report(EmojiRule, span, [kind, shown], new Fix($"Remove '{shown}'", Edits.Remove(context.Draft, span)));
            }
        }

        private static bool IsPictorial(Token token) => token.Kind is TokenKind.Emoji or TokenKind.Emoticon;

        private static bool OnlySpacesBetween(DraftText draft, Token left, Token right) =>
            draft.Slice(left.End, right.Start - left.End).IndexOfAnyExcept(' ') < 0;
    }

    public sealed class Shouting : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [ShoutingRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            for (var i = 0; i < draft.Tokens.Length; i++)
            {
                if (!CapitalWords.IsShouted(context, i)) continue;
                var first = i;
                while (i + 1 < draft.Tokens.Length && ContinuesRun(context, i + 1)) i++;
                var span = TextSpan.FromBounds(draft.Tokens[first].Start, draft.Tokens[i].End);
                var shouted = draft.Slice(span.Start, span.Length).ToString();
                var calm = shouted.ToLowerInvariant();
                if (Edits.IsSentenceStart(draft, span.Start)) calm = Casing.Capitalise(calm);
                calm = ReplaceLonePronoun(calm);
                context.Report(ShoutingRule, span, [shouted], new Fix($"Write '{calm}'", TextEdit.Replace(span, calm)));
            }
        }

        /// <summary>The run goes on over commas and dashes to the next shouted word.</summary>
        private static bool ContinuesRun(AnalysisContext context, int index)
        {
            var token = context.Draft.Tokens[index];
            if (token.IsWordLike) return CapitalWords.IsShouted(context, index);
            if (token.Kind != TokenKind.Punctuation || context.Draft[token] is not ("," or "-" or "–" or "&")) return false;
            return index + 1 < context.Draft.Tokens.Length && CapitalWords.IsShouted(context, index + 1);
        }

        private static string ReplaceLonePronoun(string text) =>
            text.Replace(" i ", " I ", StringComparison.Ordinal).Replace(" i'", " I'", StringComparison.Ordinal);
    }

    public sealed class ExcessivePunctuation : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [PunctuationRule];

        public override void Analyze(AnalysisContext context)
        {
            foreach (var token in context.Draft.Tokens)
            {
                if (token.Kind != TokenKind.Punctuation || token.Length < 2) continue;
                var run = context.Draft[token];
                var single = run.Contains('?') ? "?" : run.Contains('!') ? "!" : run.Length > 3 ? "..." : null;
                if (single is null) continue;
                var shown = run.ToString();
                context.Report(PunctuationRule, token.Span, [shown, single == "..." ? "…" : single],
                    new Fix($"Write '{single}'", TextEdit.Replace(token.Span, single)));
            }
        }
    }

    public sealed class StiffFormality : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [StiffRule];

        public override void Analyze(AnalysisContext context)
        {
            ReportReplacements(context, StiffRule, LexiconNames.Stiff);
        }
    }

    public sealed class CurtReply : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [CurtRule];

        public override void Analyze(AnalysisContext context)
        {
            if (CurtMatch(context) is not { } match) return;
            var reply = context.Draft.Slice(match.Span.Start, match.Span.Length).ToString();
            var fixes = string.IsNullOrEmpty(match.Replacement)
                ? []
                : new[] { new Fix($"Write '{match.Replacement}'", TextEdit.Replace(WholeReply(context.Draft), match.Replacement)) };
            context.Report(CurtRule, match.Span, [reply], fixes);
        }

        private static TextSpan WholeReply(DraftText draft) =>
            TextSpan.FromBounds(draft.Tokens[0].Start, draft.Tokens[^1].End);
    }

    /// <summary>The curt phrase when it is all the reply says (punctuation aside), else null.</summary>
    private static LexiconMatch? CurtMatch(AnalysisContext context)
    {
        var tokens = context.Draft.Tokens;
        var firstWord = Array.FindIndex(tokens, t => t.IsWordLike);
        if (firstWord < 0) return null;
        foreach (var match in context.Lexicon(LexiconNames.Curt).Matches(context.Draft))
        {
            if (match.FirstToken != firstWord) return null;
            for (var i = 0; i < tokens.Length; i++)
            {
                var inside = i >= match.FirstToken && i < match.FirstToken + match.TokenCount;
                if (!inside && tokens[i].Kind is not (TokenKind.Punctuation or TokenKind.Emoji or TokenKind.Emoticon)) return null;
            }

            return match;
        }

        return null;
    }
}
