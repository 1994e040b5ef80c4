namespace Etiquette.Core.Diagnostics;

/// <summary>One finding in a draft.</summary>
public sealed class Diagnostic
{
    private static readonly IReadOnlyList<Fix> NoFixes = [];

    public Diagnostic(
        DiagnosticDescriptor descriptor,
        DiagnosticSeverity severity,
        TextSpan span,
        string message,
        IReadOnlyList<Fix>? fixes = null,
        double? confidence = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Message = message;
        Fixes = fixes ?? NoFixes;
        Confidence = confidence;
    }

    public DiagnosticDescriptor Descriptor { get; }
    public string Id => Descriptor.Id;
    public DiagnosticSeverity Severity { get; }
    public TextSpan Span { get; }
    public string Message { get; }
    public IReadOnlyList<Fix> Fixes { get; }
    public double? Confidence { get; }

    public override string ToString() => $"{Span} {Severity.ToName()} {Id} {Message}";

    /// <summary>Position first, then the wider span, then the rule id: the same draft always lists the same way.</summary>
    public static readonly IComparer<Diagnostic> Order = Comparer<Diagnostic>.Create((a, b) =>
    {
        var bySpan = a.Span.CompareTo(b.Span);
        return bySpan != 0 ? bySpan : string.CompareOrdinal(a.Id, b.Id);
    });
}
