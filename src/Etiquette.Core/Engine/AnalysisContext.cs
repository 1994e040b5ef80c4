using Etiquette.Core.Classification;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Lexicons;
using Etiquette.Core.Profiles;
using Etiquette.Core.Text;

namespace Etiquette.Core.Engine;

/// <summary>Everything an analyzer may look at, computed once per lint, and the sink for its findings.</summary>
public sealed class AnalysisContext
{
    private readonly List<Diagnostic> _diagnostics;
    private readonly IReadOnlySet<string> _suppressed;
    private Dictionary<ChatMessage, DraftText>? _analysedMessages;

    internal AnalysisContext(
        DraftText draft,
        Conversation conversation,
        Profile profile,
        IReadOnlySet<string> suppressed,
        DraftClassification? classification,
        List<Diagnostic> sink)
    {
        Classification = classification;
        Draft = draft;
        Conversation = conversation;
        Profile = profile;
        _suppressed = suppressed;
        _diagnostics = sink;
    }

    public DraftText Draft { get; }
    public Conversation Conversation { get; }
    public Profile Profile { get; }

    /// <summary>The classifier's scores for this draft; null when the service runs on rules alone.</summary>
    public DraftClassification? Classification { get; }

    public Lexicon Lexicon(string name) => Profile.Lexicon(name);

    /// <summary>An earlier message of the conversation, tokenised once however many analyzers ask.</summary>
    public DraftText Analyse(ChatMessage message)
    {
        _analysedMessages ??= [];
        if (!_analysedMessages.TryGetValue(message, out var analysed))
            _analysedMessages[message] = analysed = DraftText.Analyze(message.Text);
        return analysed;
    }

    public bool IsEnabled(DiagnosticDescriptor descriptor) =>
        !_suppressed.Contains(descriptor.Id) && Profile.SeverityOf(descriptor) is not null;

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, object?[] messageArgs, params Fix[] fixes) =>
        Report(descriptor, span, messageArgs, null, fixes);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, object?[] messageArgs, double? confidence, params Fix[] fixes)
    {
        if (_suppressed.Contains(descriptor.Id) || Profile.SeverityOf(descriptor) is not { } severity) return;
        if (span.Start < 0 || span.End > Draft.Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"{descriptor.Id} reported {span} outside a draft of {Draft.Text.Length} characters.");
        var message = messageArgs.Length == 0 ? descriptor.MessageFormat : string.Format(descriptor.MessageFormat, messageArgs);
        _diagnostics.Add(new Diagnostic(descriptor, severity, span, message, fixes, confidence));
    }
}
