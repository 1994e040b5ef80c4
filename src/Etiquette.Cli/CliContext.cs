using Etiquette.Core.Engine;
using Spectre.Console;

namespace Etiquette.Cli;

/// <summary>What a command runs with: the process's streams, its terminal, and the engine (made only when needed).</summary>
internal sealed class CliContext(TextReader input, TextWriter output, Terminal terminal, Func<Linter> createLinter)
{
    private readonly Lazy<Linter> _linter = new(createLinter);

    public TextReader In => input;
    public TextWriter Out => output;
    public Terminal Terminal => terminal;
    public Linter Linter => _linter.Value;

    public IAnsiConsole CreateConsole() => terminal.CreateConsole(output);
}
