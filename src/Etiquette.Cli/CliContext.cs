using Etiquette.Client;
using Etiquette.Core.Engine;
using Spectre.Console;

namespace Etiquette.Cli;

/// <summary>
/// What a command runs with: the process's streams, its terminal, the engine (made only when needed), and the way to
/// reach an Etiquette service for <c>--server</c>.
/// </summary>
internal sealed class CliContext(
    TextReader input, TextWriter output, Terminal terminal, Func<Linter> createLinter, Func<EtiquetteClientOptions, EtiquetteClient> connect)
{
    private readonly Lazy<Linter> _linter = new(createLinter);

    public TextReader In => input;
    public TextWriter Out => output;
    public Terminal Terminal => terminal;
    public Linter Linter => _linter.Value;

    public EtiquetteClient Connect(EtiquetteClientOptions options) => connect(options);

    public IAnsiConsole CreateConsole() => terminal.CreateConsole(output);
}
