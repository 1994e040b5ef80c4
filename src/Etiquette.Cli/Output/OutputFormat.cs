using System.CommandLine;

namespace Etiquette.Cli.Output;

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
    Jsonl,
}

internal static class OutputFormats
{
    /// <summary>A <c>--format</c> option that accepts the given formats, text by default.</summary>
    public static Option<OutputFormat> Option(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>("--format")
        {
            Description = $"Output format: {string.Join(", ", names)}.",
            DefaultValueFactory = _ => OutputFormat.Text,
        };
        option.AcceptOnlyFromAmong(names);
        return option;
    }
}
