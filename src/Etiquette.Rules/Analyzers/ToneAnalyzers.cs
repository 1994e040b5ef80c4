using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;

namespace Etiquette.Rules.Analyzers;

/// <summary>Tone and courtesy: how the reply makes the customer feel (ETQ102–ETQ106; ETQ101 comes with the classifier).</summary>
public static class ToneAnalyzers
{
    public const string Apology = "I'm sorry about this.";

    public static readonly DiagnosticDescriptor NoEmpathyRule = new(
        "ETQ102", "No empathy after a complaint",
        "The customer is unhappy; acknowledge how they feel before you solve the problem", Categories.Tone, DiagnosticSeverity.Warning,
        "When the customer's last message is a complaint, a reply that goes straight to the facts sounds cold; an apology or a word of understanding first calms the chat.");

    public static readonly DiagnosticDescriptor BlameRule = new(
        "ETQ103", "Blame language", "'{0}' blames the customer; {1}", Categories.Tone, DiagnosticSeverity.Warning,
        "Phrases such as 'you should have' or 'your fault' put the customer on the defensive; describe what happened and what happens next.");

    public static readonly DiagnosticDescriptor CondescensionRule = new(
        "ETQ104", "Condescension", "'{0}' can sound condescending; {1}", Categories.Tone, DiagnosticSeverity.Warning,
        "Phrases such as 'obviously', 'as I already told you' or 'calm down' talk down to the customer.");

    public static readonly DiagnosticDescriptor NegativePhrasingRule = new(
        "ETQ105", "Negative phrasing", "'{0}' dwells on what can't be done; {1}", Categories.Tone, DiagnosticSeverity.Info,
        "Leading with what you can do ('what we can do is …', 'let me find out') keeps the customer on side even when the answer is no.");

    public static readonly DiagnosticDescriptor ProfanityRule = new(
        "ETQ106", "Profanity", "'{0}' is profanity, which has no place in a reply to a customer; {1}", Categories.Tone, DiagnosticSeverity.Error,
        "Swearing, mild or strong, and slurs are never acceptable in a customer-service reply.");

    public sealed class NoEmpathyAfterComplaint : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NoEmpathyRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            if (draft.Sentences.Length == 0 || !FollowsUnansweredComplaint(context)) return;
            if (context.Lexicon(LexiconNames.Empathy).Any(draft)) return;

            var index = 0;
            var sentence = draft.Sentences[index];
            var rest = Greetings.RestAfterGreeting(context, sentence);
            while (rest == sentence.EndToken && index + 1 < draft.Sentences.Length)
            {
                sentence = draft.Sentences[++index];
                rest = Greetings.RestAfterGreeting(context, sentence);
            }

            // After "Hi Sam, " the apology reads best straight after the greeting.
            var afterGreeting = rest > sentence.FirstToken && rest < sentence.EndToken && !draft.Tokens[rest - 1].IsWordLike;
            var position = afterGreeting ? draft.Tokens[rest].Start : sentence.Start;
            context.Report(NoEmpathyRule, sentence.Span, [],
                new Fix($"Add '{Apology}'", Edits.InsertSentence(draft, position, Apology)));
        }

        /// <summary>The customer's last message complains and the agent has not yet acknowledged it since.</summary>
        private static bool FollowsUnansweredComplaint(AnalysisContext context)
        {
            var messages = context.Conversation.Messages;
            var last = messages.Count - 1;
            while (last >= 0 && messages[last].Role != ChatRole.Customer) last--;
            if (last < 0 || !context.Lexicon(LexiconNames.Complaint).Any(context.Analyse(messages[last]))) return false;

            var empathy = context.Lexicon(LexiconNames.Empathy);
            for (var i = last + 1; i < messages.Count; i++)
                if (empathy.Any(context.Analyse(messages[i])))
                    return false;
            return true;
        }
    }

    /// <summary>A rule that is a lexicon of phrases, each mended by its replacement (see <see cref="LexiconFix"/>).</summary>
    public abstract class PhraseAnalyzer(DiagnosticDescriptor rule, string lexicon, string adviceWithoutFix) : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [rule];

        public override void Analyze(AnalysisContext context)
        {
            foreach (var match in context.Lexicon(lexicon).Matches(context.Draft))
            {
                if (!Applies(context.Draft, match)) continue;
                var phrase = context.Draft.Slice(match.Span.Start, match.Span.Length).ToString();
                var fix = LexiconFix(context.Draft, match, phrase);
                var advice = match.Replacement switch
                {
                    null => adviceWithoutFix,
                    "" when fix is null => adviceWithoutFix,
                    "" => "leave it out",
                    var replacement => $"try '{replacement}'",
                };
                context.Report(rule, match.Span, [phrase, advice], fix is null ? [] : [fix]);
            }
        }

        protected virtual bool Applies(DraftText draft, LexiconMatch match) => true;
    }

    public sealed class BlameLanguage() : PhraseAnalyzer(BlameRule, LexiconNames.Blame, "say what happened and what happens next instead")
    {
        /// <summary>"It's not your fault" reassures: a blame phrase right after a negation is no blame.</summary>
        protected override bool Applies(DraftText draft, LexiconMatch match)
        {
            if (match.FirstToken == 0) return true;
            var previous = draft[draft.Tokens[match.FirstToken - 1]];
            return !(LexiconComparer.Equal(previous, "not") || LexiconComparer.Equal(previous, "never")
                     || previous.Length > 3 && LexiconComparer.Equal(previous[^3..], "n't"));
        }
    }

    public sealed class Condescension() : PhraseAnalyzer(CondescensionRule, LexiconNames.Condescension, "rephrase it respectfully");

    public sealed class Profanity() : PhraseAnalyzer(ProfanityRule, LexiconNames.Profanity, "rephrase without it");

    public sealed class NegativePhrasing() : PhraseAnalyzer(NegativePhrasingRule, LexiconNames.Negative, "say what you can do instead")
    {
        public const string InterjectionPack = "interjection";

        /// <summary>"No problem" answers when it opens a sentence or clause; inside one ("that's no problem") it is not negative.</summary>
        protected override bool Applies(DraftText draft, LexiconMatch match) =>
            match.Entry.Pack != InterjectionPack || match.FirstToken == 0 || !draft.Tokens[match.FirstToken - 1].IsWordLike;
    }

    /// <summary>
    /// The entry's replacement written in; an empty one removes the phrase, when a sentence is left to read.
    /// None without a replacement, or when it ends in '…': only the agent can finish that sentence.
    /// </summary>
    private static Fix? LexiconFix(DraftText draft, LexiconMatch match, string phrase)
    {
        var replacement = match.Replacement;
        if (replacement is null || replacement.EndsWith('…')) return null;
        if (replacement.Length > 0)
        {
            var edit = Edits.Replace(draft, match.Span, replacement);
            return new Fix($"Write '{edit.NewText}'", edit);
        }

        var sentence = draft.Sentences[draft.SentenceIndexOf(match.FirstToken)];
        return LeavesWords(draft, sentence, match)
            ? new Fix($"Remove '{phrase}'", Edits.Remove(draft, RemovalSpan(draft, sentence, match)))
            : null;
    }

    private static bool LeavesWords(DraftText draft, Sentence sentence, LexiconMatch match)
    {
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            if (draft.Tokens[i].IsWordLike && (i < match.FirstToken || i >= match.FirstToken + match.TokenCount)) return true;
        return false;
    }

    /// <summary>An aside that ends its sentence takes its comma along: "It has shipped, as I said." → "It has shipped."</summary>
    private static TextSpan RemovalSpan(DraftText draft, Sentence sentence, LexiconMatch match)
    {
        var before = match.FirstToken - 1;
        var after = match.FirstToken + match.TokenCount;
        var endsSentence = after == sentence.EndToken || draft.Tokens[after].Kind == TokenKind.Punctuation && draft[draft.Tokens[after]] is not ("," or ";");
        return endsSentence && before >= sentence.FirstToken && draft[draft.Tokens[before]] is ","
            ? TextSpan.FromBounds(draft.Tokens[before].Start, match.Span.End)
            : match.Span;
    }
}
