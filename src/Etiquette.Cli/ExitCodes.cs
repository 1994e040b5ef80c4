namespace Etiquette.Cli;

/// <summary>What the process exit code tells a script: clean, errors found, or the command itself was wrong.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int ErrorsFound = 1;
    public const int BadUsage = 2;
}
