using Etiquette.Core.Classification;
using Etiquette.Core.Diagnostics;
using Etiquette.Core.Engine;
using Etiquette.Core.Profiles;

namespace Etiquette.Core.Serialization;

/// <summary>The one response shape shared by the CLI and the HTTP API (<c>POST /v1/lint</c>).</summary>
public sealed record LintResponse(
    IReadOnlyList<DiagnosticModel> Diagnostics,
    IReadOnlyDictionary<string, HeadPrediction>? Classification,
    SummaryModel Summary,
    ModelInfo Model,
    double ElapsedMs)
{
    public static LintResponse From(LintResult result) => new(
        result.Diagnostics.Select(DiagnosticModel.From).ToArray(),
        result.Classification?.DraftPredictions(),
        new SummaryModel(
            result.Count(DiagnosticSeverity.Error),
            result.Count(DiagnosticSeverity.Warning),
            result.Count(DiagnosticSeverity.Info),
            result.SendGuard.ToString().ToLowerInvariant()),
        new ModelInfo(result.Model.Version, result.Model.Degraded, result.Model.Reason),
        Math.Round(result.Elapsed.TotalMilliseconds, 3));
}

/// <summary>Which model answered; <see cref="Degraded"/> when only the rules ran, with the reason.</summary>
public sealed record ModelInfo(string? Version, bool Degraded, string? Reason);

public sealed record SummaryModel(int Errors, int Warnings, int Infos, string SendGuard);

public sealed record SpanModel(int Start, int Length);

public sealed record EditModel(int Start, int Length, string NewText);

public sealed record FixModel(string Title, IReadOnlyList<EditModel> Edits);

public sealed record DiagnosticModel(
    string Id,
    string Title,
    string Message,
    string Severity,
    string Category,
    SpanModel Span,
    IReadOnlyList<FixModel> Fixes,
    double? Confidence,
    string HelpUri)
{
    public static DiagnosticModel From(Diagnostic diagnostic) => new(
        diagnostic.Id,
        diagnostic.Descriptor.Title,
        diagnostic.Message,
        diagnostic.Severity.ToName(),
        diagnostic.Descriptor.Category,
        new SpanModel(diagnostic.Span.Start, diagnostic.Span.Length),
        diagnostic.Fixes.Select(f => new FixModel(f.Title, f.Edits.Select(e => new EditModel(e.Span.Start, e.Span.Length, e.NewText)).ToArray())).ToArray(),
        diagnostic.Confidence,
        diagnostic.Descriptor.HelpUri);
}

/// <summary>A rule of the catalog as <c>GET /v1/rules</c> and <c>etiquette rules</c> describe it.</summary>
public sealed record RuleModel(
    string Id,
    string Title,
    string Category,
    string DefaultSeverity,
    bool EnabledByDefault,
    string Description,
    string MessageFormat,
    string HelpUri)
{
    public static RuleModel From(DiagnosticDescriptor d) =>
        new(d.Id, d.Title, d.Category, d.DefaultSeverity.ToName(), d.IsEnabledByDefault, d.Description, d.MessageFormat, d.HelpUri);
}

/// <summary>The mended draft and what is left to look at (<c>etiquette fix</c>, <c>POST /v1/fix</c>).</summary>
public sealed record FixResponse(string Text, IReadOnlyList<string> Applied, LintResponse Remaining);
