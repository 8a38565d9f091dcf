namespace Plumbline.Checks.EndOfLife;

/// <summary>Where the end-of-life data lives: <c>eol/eol.json</c> in the Plumbline data folder (beside the
/// vulnerability index) once <c>plumb eoldb update</c> has run, else the snapshot built into plumb, if this build has one.</summary>
/// <param name="dataFolder">The Plumbline data folder (see <see cref="Vulnerabilities.PlumbDataFolder"/>).</param>
public sealed class EolStore(string dataFolder)
{
    private const string ResourceName = "Plumbline.Checks.EndOfLife.eol-snapshot.json";

    /// <summary>The data file <c>plumb eoldb update</c> writes.</summary>
    public string File => Path.Combine(dataFolder, "eol", "eol.json");

    /// <summary>The imported data when there is some, else the built-in snapshot, else null.
    /// Throws <see cref="InvalidDataException"/> when the imported file is damaged.</summary>
    public EolDatabase? Load()
    {
        if (System.IO.File.Exists(File))
        {
            return EolDatabase.FromJson(System.IO.File.ReadAllText(File), File);
        }

        return BuiltIn();
    }

    /// <summary>Writes the data file atomically (a half-written file never replaces a good one).</summary>
    public void Save(EolDatabase database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(File)!);
        var temp = File + ".tmp";
        System.IO.File.WriteAllText(temp, database.ToJson());
        System.IO.File.Move(temp, File, overwrite: true);
    }

    /// <summary>The snapshot built into this build of plumb, or null when it was built without one.</summary>
    public static EolDatabase? BuiltIn()
    {
        using var stream = typeof(EolStore).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return EolDatabase.FromJson(reader.ReadToEnd(), "built in");
    }
}
