using Spectre.Console;
using Spectre.Console.Rendering;

namespace Etiquette.Cli.Output;

/// <summary>
/// One line of styled pieces, written as it is: unlike Spectre's text widgets it never wraps,
/// so a report line stays one line for grep and editors however narrow the console.
/// </summary>
internal sealed class StyledLine(params (string Text, Style Style)[] pieces) : Renderable
{
    protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
    {
        foreach (var (text, style) in pieces) yield return new Segment(text, style);
        yield return Segment.LineBreak;
    }
}
