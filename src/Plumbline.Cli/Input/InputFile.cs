namespace Plumbline.Cli.Input;

/// <summary>Reads a user's input file, turning every expected failure into one clear line.</summary>
internal static class InputFile
{
    /// <summary>Maximum size we read for a YAML or JSON input (a register, answers, a catalog).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    /// <summary>The file's text, or an error naming the file and what to do.</summary>
    public static (string? Text, string? Error) ReadText(string path, string what)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return (null, $"{path}: is a folder; give the path of the {what}, not a folder");
            }

            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return (null, $"{path}: no such file; check the path of the {what}");
            }

            if (info.Length > MaxBytes)
            {
                return (null, $"{path}: the {what} is larger than {MaxBytes / (1024 * 1024)} MiB; is it the right file?");
            }

            return (File.ReadAllText(path), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"{path}: cannot read the {what} ({ex.Message})");
        }
    }
}
