namespace Etiquette.Core.Diagnostics;

/// <summary>How loudly a diagnostic is reported; ordered so that a larger value is more severe.</summary>
public enum DiagnosticSeverity
{
    Hidden = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

public static class SeverityNames
{
    /// <summary>The configuration word that turns a rule off.</summary>
    public const string Off = "none";

    public static string ToName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Hidden => "hidden",
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    /// <summary>Parses a configured severity; <c>none</c> yields <c>null</c> (rule off).</summary>
    public static bool TryParse(string? text, out DiagnosticSeverity? severity)
    {
        severity = null;
        switch (text?.Trim().ToLowerInvariant())
        {
            case "hidden": severity = DiagnosticSeverity.Hidden; return true;
            case "info" or "suggestion": severity = DiagnosticSeverity.Info; return true;
            case "warning" or "warn": severity = DiagnosticSeverity.Warning; return true;
            case "error": severity = DiagnosticSeverity.Error; return true;
            case Off: return true;
            default: return false;
        }
    }
}
