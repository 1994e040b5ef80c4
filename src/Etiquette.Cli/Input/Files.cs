namespace Etiquette.Cli.Input;

/// <summary>Files named on the command line; a missing or unreadable one is a usage error naming its option.</summary>
internal static class Files
{
    /// <summary>The file's text (a byte-order mark is dropped, so offsets count from the first character).</summary>
    public static string Read(string path, string option) => Access(path, option, File.ReadAllText);

    public static StreamReader Open(string path, string option) => Access(path, option, p => new StreamReader(p));

    /// <summary>The SARIF artifact URI of a file given on the command line.</summary>
    public static string ArtifactUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    private static T Access<T>(string path, string option, Func<string, T> access)
    {
        try
        {
            return access(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UsageException($"{option}: '{path}' does not exist.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new UsageException($"{option}: cannot read '{path}': {e.Message}", e);
        }
    }
}
