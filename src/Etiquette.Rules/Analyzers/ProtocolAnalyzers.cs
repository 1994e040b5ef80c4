using System.Buffers;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Text;

namespace Etiquette.Rules.Analyzers;

/// <summary>Conversation protocol: greeting, closing, promises and personal touch across the chat (ETQ501–ETQ505).</summary>
public static class ProtocolAnalyzers
{
    public const string SatisfactionCheck = "Is there anything else I can help with?";

    public static readonly DiagnosticDescriptor MissingGreetingRule = new(
        "ETQ501", "First reply without a greeting",
        "This is your first reply in the chat; open with a greeting so it starts on a friendly note", Categories.Protocol, DiagnosticSeverity.Warning,
        "The first thing the customer reads from an agent sets the tone of the chat; a greeting and thanks for getting in touch make them feel welcome.");

    public static readonly DiagnosticDescriptor MissingSatisfactionCheckRule = new(
        "ETQ502", "Closing without a satisfaction check",
        "'{0}' ends the chat without asking whether the customer needs anything else", Categories.Protocol, DiagnosticSeverity.Info,
        "Before signing off, ask whether the customer's question is answered; otherwise they may have to start a new chat.");

    public static readonly DiagnosticDescriptor VaguePromiseRule = new(
        "ETQ503", "Vague promise without a time frame",
        "'{0}' leaves the customer guessing when; give a time frame such as 'within 24 hours' or 'by Friday'", Categories.Protocol, DiagnosticSeverity.Warning,
        "A promise such as 'I'll get back to you soon' sets no expectation; customers who know when to expect an answer do not chase it.");

    public static readonly DiagnosticDescriptor NameNotUsedRule = new(
        "ETQ504", "Customer's name not used",
        "The customer's name is known but no reply uses it; greet them by name to make the chat feel personal", Categories.Protocol, DiagnosticSeverity.Info,
        "Using the customer's name at least once in the chat shows that a person, not a script, is answering.");

    public static readonly DiagnosticDescriptor RepeatedReplyRule = new(
        "ETQ505", "Repeated reply",
        "This reply repeats one already sent in this chat; answer the customer's latest message in your own words", Categories.Protocol, DiagnosticSeverity.Warning,
        "Sending the same scripted text twice tells the customer they are not being listened to.");

    public sealed class FirstReplyWithoutGreeting : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingGreetingRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            if (draft.Sentences.Length == 0 || !context.Conversation.IsFirstAgentReply) return;
            var first = draft.Sentences[0];
            if (Greetings.RestAfterGreeting(context, first) >= 0) return;

            var name = context.Conversation.CustomerFirstName;
            var greeting = name is null ? "Hello, thanks for getting in touch." : $"Hi {name}, thanks for getting in touch.";
            context.Report(MissingGreetingRule, first.Span, [], new Fix($"Add '{greeting}'", Edits.InsertSentence(draft, first.Start, greeting)));
        }
    }

    public sealed class ClosingWithoutSatisfactionCheck : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [MissingSatisfactionCheckRule];

        public override void Analyze(AnalysisContext context)
        {
            if (SignOff(context) is not { } signOff) return;
            var checks = context.Lexicon(LexiconNames.SatisfactionChecks);
            if (checks.Any(context.Draft) || LastAgentMessageChecked(context, checks)) return;

            var phrase = context.Draft.Slice(signOff.Span.Start, signOff.Span.Length).ToString();
            context.Report(MissingSatisfactionCheckRule, signOff.Span, [phrase],
                new Fix($"Add '{SatisfactionCheck}'", CheckBefore(context.Draft, signOff)));
        }

        /// <summary>
        /// The first sign-off. Some, such as "thanks for reaching out", open a chat as often as they close it: inside
        /// the greeting a draft opens with ("Hello Jim. Thanks for reaching out. …") they are openers.
        /// </summary>
        private static LexiconMatch? SignOff(AnalysisContext context)
        {
            foreach (var match in context.Lexicon(LexiconNames.Closings).Matches(context.Draft))
                if (!InOpeningGreeting(context, match))
                    return match;
            return null;
        }

        private static bool InOpeningGreeting(AnalysisContext context, LexiconMatch match)
        {
            var draft = context.Draft;
            foreach (var sentence in draft.Sentences)
            {
                var rest = Greetings.RestAfterGreeting(context, sentence);
                if (rest < 0 || match.FirstToken < sentence.FirstToken) return false;
                if (match.FirstToken < rest) return true;
                if (rest < sentence.EndToken) return false;
            }

            return false;
        }

        /// <summary>The customer may just have answered "anything else?"; asking again would be a loop.</summary>
        private static bool LastAgentMessageChecked(AnalysisContext context, Lexicon checks) =>
            context.Conversation.LastAgentMessage is { } last && checks.Any(context.Analyse(last));

        /// <summary>
        /// The check goes just before the sign-off: as a sentence of its own before "Have a great day!", at the end of the
        /// line above a sign-off that has a line to itself, or ending the sentence at the comma in "…, have a great day".
        /// </summary>
        private static TextEdit CheckBefore(DraftText draft, LexiconMatch signOff)
        {
            var index = draft.SentenceIndexOf(signOff.FirstToken);
            var sentence = draft.Sentences[index];
            if (HasWordBefore(draft, sentence, signOff.FirstToken))
            {
                var separator = draft.Tokens[signOff.FirstToken - 1];
                if (separator.Kind == TokenKind.Punctuation && draft[separator] is "," or "-" or "–" or "—" or ";")
                {
                    var opening = char.ToUpperInvariant(draft.Text[signOff.Span.Start]);
                    return TextEdit.Replace(TextSpan.FromBounds(separator.Start, signOff.Span.Start + 1), $". {SatisfactionCheck} {opening}");
                }

                return Edits.InsertSentence(draft, sentence.Start, SatisfactionCheck);
            }

            if (index > 0 && StartsLine(draft, sentence) && EndsWithTerminal(draft, draft.Sentences[index - 1]))
                return TextEdit.Insert(draft.Sentences[index - 1].End, " " + SatisfactionCheck);
            return Edits.InsertSentence(draft, sentence.Start, SatisfactionCheck);
        }

        private static bool HasWordBefore(DraftText draft, Sentence sentence, int tokenIndex)
        {
            for (var i = tokenIndex - 1; i >= sentence.FirstToken; i--)
                if (draft.Tokens[i].IsWordLike) return true;
            return false;
        }

        private static bool StartsLine(DraftText draft, Sentence sentence)
        {
            var lineBreak = draft.Text.AsSpan(0, sentence.Start).LastIndexOfAny('\n', '\r');
            return lineBreak >= 0 && draft.Text.AsSpan(lineBreak + 1, sentence.Start - lineBreak - 1).IsWhiteSpace();
        }

        private static bool EndsWithTerminal(DraftText draft, Sentence sentence)
        {
            var last = draft.Tokens[sentence.EndToken - 1];
            return last.Kind == TokenKind.Punctuation && draft.Text[last.End - 1] is '.' or '!' or '?';
        }
    }

    public sealed class VaguePromise : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [VaguePromiseRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            var promises = context.Lexicon(LexiconNames.VaguePromises);
            foreach (var sentence in draft.Sentences)
            {
                foreach (var promise in promises.Matches(draft, sentence))
                {
                    if (context.Lexicon(LexiconNames.TimeFrames).Any(draft, sentence)) break;
                    if (InsideSignOff(context, sentence, promise)) continue;
                    context.Report(VaguePromiseRule, promise.Span, [draft.Slice(promise.Span.Start, promise.Span.Length).ToString()]);
                    break;
                }
            }
        }

        /// <summary>"Speak soon" signs off; it promises nothing.</summary>
        private static bool InsideSignOff(AnalysisContext context, Sentence sentence, LexiconMatch promise)
        {
            foreach (var closing in context.Lexicon(LexiconNames.Closings).Matches(context.Draft, sentence))
                if (closing.Span.Contains(promise.Span)) return true;
            return false;
        }
    }

    public sealed class NameNeverUsed : Analyzer
    {
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [NameNotUsedRule];

        public override void Analyze(AnalysisContext context)
        {
            var name = context.Conversation.CustomerFirstName;
            var draft = context.Draft;
            if (name is null || Mentions(draft, name)) return;
            foreach (var message in context.Conversation.Messages)
                if (message.Role == ChatRole.Agent && Mentions(context.Analyse(message), name))
                    return;

            if (Greetings.Opening(context) is { } greeting)
            {
                context.Report(NameNotUsedRule, greeting.Span, [], GreetByName(draft, greeting, name));
                return;
            }

            foreach (var token in draft.Tokens)
            {
                if (!token.IsWordLike) continue;
                context.Report(NameNotUsedRule, token.Span, []);
                return;
            }
        }

        /// <summary>"Hi" → "Hi Sam"; a greeting with a stem to stand in ("Hi there" => "Hi") becomes "Hi Sam". Openers take no name.</summary>
        private static Fix[] GreetByName(DraftText draft, LexiconMatch greeting, string name)
        {
            if (greeting.Entry.Pack != Greetings.SalutationPack) return [];
            var edit = greeting.Replacement is { Length: > 0 } stem
                ? Edits.Replace(draft, greeting.Span, $"{stem} {name}")
                : TextEdit.Insert(greeting.Span.End, " " + name);
            return [new Fix($"Add '{name}'", edit)];
        }

        /// <summary>The name as a word of its own, or with a possessive "'s".</summary>
        private static bool Mentions(DraftText text, string name)
        {
            foreach (var token in text.Tokens)
            {
                if (token.Kind != TokenKind.Word) continue;
                var word = text[token];
                if (LexiconComparer.Equal(word, name)) return true;
                if (word.Length == name.Length + 2 && LexiconComparer.StartsWith(word, name)
                    && LexiconComparer.Fold(word[name.Length]) == '\'' && word[^1] is 's' or 'S')
                    return true;
            }

            return false;
        }
    }

    public sealed class RepeatedReply : Analyzer
    {
        /// <summary>Shorter stock phrases ("Thank you.", "Let me check.") may fairly be said twice.</summary>
        private const int MinimumWords = 4;

        private const double NearIdentical = 0.9;

        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [RepeatedReplyRule];

        public override void Analyze(AnalysisContext context)
        {
            var draft = context.Draft;
            var words = draft.CountWords();
            if (words < MinimumWords) return;
            foreach (var message in context.Conversation.Messages)
            {
                if (message.Role != ChatRole.Agent || Similarity(draft, words, context.Analyse(message)) < NearIdentical) continue;
                context.Report(RepeatedReplyRule, TextSpan.FromBounds(draft.Tokens[0].Start, draft.Tokens[^1].End), []);
                return;
            }
        }

        /// <summary>
        /// One minus the word-level edit distance over the longer reply's word count: 1 for the same words whatever
        /// the case, spacing and punctuation, 0.9 for one word changed in ten.
        /// </summary>
        private static double Similarity(DraftText draft, int draftWords, DraftText earlier)
        {
            var earlierWords = earlier.CountWords();
            var longer = Math.Max(draftWords, earlierWords);
            // The distance is at least the difference in length, so replies of quite different lengths are never near-identical.
            if (Math.Min(draftWords, earlierWords) < NearIdentical * longer) return 0;

            var draftIndices = ArrayPool<int>.Shared.Rent(draftWords);
            var earlierIndices = ArrayPool<int>.Shared.Rent(earlierWords);
            var previous = ArrayPool<int>.Shared.Rent(earlierWords + 1);
            var current = ArrayPool<int>.Shared.Rent(earlierWords + 1);
            try
            {
                WordIndices(draft, draftIndices);
                WordIndices(earlier, earlierIndices);
                for (var j = 0; j <= earlierWords; j++) previous[j] = j;
                for (var i = 1; i <= draftWords; i++)
                {
                    current[0] = i;
                    var word = draft[draft.Tokens[draftIndices[i - 1]]];
                    for (var j = 1; j <= earlierWords; j++)
                    {
                        var substitution = previous[j - 1] + (LexiconComparer.Equal(word, earlier[earlier.Tokens[earlierIndices[j - 1]]]) ? 0 : 1);
                        current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
                    }

                    (previous, current) = (current, previous);
                }

                return 1 - (double)previous[earlierWords] / longer;
            }
            finally
            {
                ArrayPool<int>.Shared.Return(draftIndices);
                ArrayPool<int>.Shared.Return(earlierIndices);
                ArrayPool<int>.Shared.Return(previous);
                ArrayPool<int>.Shared.Return(current);
            }
        }

        private static void WordIndices(DraftText text, int[] into)
        {
            var count = 0;
            for (var i = 0; i < text.Tokens.Length; i++)
                if (text.Tokens[i].IsWordLike) into[count++] = i;
        }
    }
}
