namespace Plumbline.Checks.EndOfLife;

/// <summary>Where the end-of-life data lives: <c>eol/eol.json</c> in the Plumbline data folder (beside the
/// vulnerability index) once <c>plumb eoldb update</c> has run, and the baseline built into plumb.</summary>
/// <param name="dataFolder">The Plumbline data folder (see <see cref="Vulnerabilities.PlumbDataFolder"/>).</param>
public sealed class EolStore(string dataFolder)
{
    /// <summary>The data file <c>plumb eoldb update</c> writes.</summary>
    public string File => Path.Combine(dataFolder, "eol", "eol.json");

    /// <summary>The imported data, or null when <c>plumb eoldb update</c> has not run. Throws
    /// <see cref="InvalidDataException"/> when the file is damaged.</summary>
    public EolDatabase? Imported() =>
        System.IO.File.Exists(File) ? EolDatabase.FromJson(System.IO.File.ReadAllText(File), File) : null;

    /// <summary>The data the checks use: the imported data when it is at least as new as the built-in baseline, else the
    /// baseline (an old import must not hide newer built-in dates). Throws <see cref="InvalidDataException"/> when the
    /// imported file is damaged: the user asked for it, so it is not silently passed over.</summary>
    public EolDatabase Load() => Newer(Imported(), EolBaseline.BuiltIn);

    /// <summary>Of imported data and the baseline, the one the checks use.</summary>
    public static EolDatabase Newer(EolDatabase? imported, EolDatabase baseline) =>
        imported is not null && imported.DataAsOf >= baseline.DataAsOf ? imported : baseline;

    /// <summary>Writes the data file atomically (a half-written file never replaces a good one).</summary>
    public void Save(EolDatabase database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        var temp = File + ".tmp";
        System.IO.File.WriteAllText(temp, database.ToJson());
        System.IO.File.Move(temp, File, overwrite: true);
    }
}
