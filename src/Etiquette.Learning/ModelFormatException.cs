namespace Etiquette.Learning;

/// <summary>A model file that cannot be used (corrupt, truncated, altered or of another format); the message says what is wrong.</summary>
public sealed class ModelFormatException(string message, Exception? inner = null) : Exception(message, inner);
