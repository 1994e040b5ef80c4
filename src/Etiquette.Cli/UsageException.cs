namespace Etiquette.Cli;

/// <summary>The command line asked for something that cannot be done; the message is shown on one line.</summary>
public sealed class UsageException(string message, Exception? inner = null) : Exception(message, inner);
