using System.Collections;
using Spectre.Console;

namespace Etiquette.Cli;

/// <summary>
/// Whether a person is at the other end: output to a terminal gets colour, output to a file or pipe does not;
/// a draft is never awaited from a terminal's keyboard.
/// </summary>
public sealed record Terminal(bool InputIsTerminal, bool OutputIsTerminal, IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Colour only for a terminal, and never when <c>NO_COLOR</c> is set (https://no-color.org).</summary>
    public bool UsesColour => OutputIsTerminal && string.IsNullOrEmpty(Environment.GetValueOrDefault("NO_COLOR"));

    /// <summary>The process's own terminal: a stream counts as one only when it is the console's and not redirected.</summary>
    public static Terminal Detect(TextReader input, TextWriter output)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in System.Environment.GetEnvironmentVariables())
            environment[(string)variable.Key] = variable.Value as string ?? string.Empty;
        return new Terminal(
            ReferenceEquals(input, Console.In) && !Console.IsInputRedirected,
            ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected,
            environment);
    }

    /// <summary>A Spectre console over <paramref name="output"/>: ANSI and colour detected for a terminal, plain text otherwise.</summary>
    public IAnsiConsole CreateConsole(TextWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new Output(output, OutputIsTerminal),
        Ansi = UsesColour ? AnsiSupport.Detect : AnsiSupport.No,
        ColorSystem = UsesColour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        EnvironmentVariables = Environment.ToDictionary(),
    });

    private sealed class Output(TextWriter writer, bool isTerminal) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;
        public bool IsTerminal => isTerminal;

        // Reports are written line by line and never wrapped, so the size is only a nominal one.
        public int Width => 80;
        public int Height => 24;

        public void SetEncoding(System.Text.Encoding encoding)
        {
            // The writer was made with its encoding; a console that owns its stream sets it itself.
        }
    }
}
