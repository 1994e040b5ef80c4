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
    // A loop rather than LINQ: this runs for every answer the service sends.
    public static LintResponse From(LintResult result)
    {
        var models = new DiagnosticModel[result.Diagnostics.Count];
        for (var i = 0; i < models.Length; i++) models[i] = DiagnosticModel.From(result.Diagnostics[i]);

        return new LintResponse(
            models,
            result.Classification?.DraftPredictions(),
            new SummaryModel(
                result.Count(DiagnosticSeverity.Error), result.Count(DiagnosticSeverity.Warning), result.Count(DiagnosticSeverity.Info),
                result.SendGuard.ToName()),
            new ModelInfo(result.Model.Version, result.Model.Degraded, result.Model.Reason),
            Math.Round(result.Elapsed.TotalMilliseconds, 3));
    }
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
        FixModels(diagnostic.Fixes),
        diagnostic.Confidence,
        diagnostic.Descriptor.HelpUri);

    private static IReadOnlyList<FixModel> FixModels(IReadOnlyList<Fix> fixes)
    {
        if (fixes.Count == 0) return [];
        var models = new FixModel[fixes.Count];
        for (var f = 0; f < models.Length; f++)
        {
            var edits = fixes[f].Edits;
            var editModels = new EditModel[edits.Count];
            for (var e = 0; e < editModels.Length; e++)
                editModels[e] = new EditModel(edits[e].Span.Start, edits[e].Span.Length, edits[e].NewText);
            models[f] = new FixModel(fixes[f].Title, editModels);
        }

        return models;
    }
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
