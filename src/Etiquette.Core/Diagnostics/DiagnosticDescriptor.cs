namespace Etiquette.Core.Diagnostics;

/// <summary>What a rule is: its stable id, wording and default severity. How it is found lives in an analyzer.</summary>
public sealed class DiagnosticDescriptor
{
    public const string HelpBaseUri = "https://etiquette.dev/rules/";

    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        bool isEnabledByDefault = true)
    {
        if (!RuleId.IsValid(id)) throw new ArgumentException($"'{id}' is not a rule id of the form ETQnnn.", nameof(id));
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        IsEnabledByDefault = isEnabledByDefault;
        HelpUri = HelpBaseUri + id;
    }

    public string Id { get; }
    public string Title { get; }
    public string MessageFormat { get; }
    public string Category { get; }
    public DiagnosticSeverity DefaultSeverity { get; }
    public bool IsEnabledByDefault { get; }
    public string Description { get; }
    public string HelpUri { get; }

    public override string ToString() => Id;
}

public static class RuleId
{
    public static bool IsValid(string? id) =>
        id is { Length: 6 } && id.StartsWith("ETQ", StringComparison.Ordinal) && id.AsSpan(3).ContainsOnlyDigits();

    private static bool ContainsOnlyDigits(this ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}

public static class Categories
{
    public const string Tone = "Tone";
    public const string Register = "Register";
    public const string Clarity = "Clarity";
    public const string DataProtection = "DataProtection";
    public const string Protocol = "Protocol";
}
