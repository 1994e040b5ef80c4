namespace Etiquette.Learning;

/// <summary>Labelled data that cannot be used; the message names the file and line, never the row's text.</summary>
public sealed class LabelledDataException(string message, Exception? inner = null) : Exception(message, inner);
