namespace Etiquette.Cli.Output;

/// <summary>
/// Turns UTF-16 offsets into 1-based line and column numbers, as editors and SARIF count them:
/// columns in UTF-16 code units, and \r\n, \n or a lone \r each end one line.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\r' or '\n') _lineStarts.Add(i + 1);
        }
    }

    public (int Line, int Column) Position(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
