namespace Plumbline.Checks.Repo;

/// <summary>What the collector made of a file.</summary>
public enum FileKind
{
    /// <summary>Text that was read; its content is in <see cref="RepoFile.Text"/>.</summary>
    Text,

    /// <summary>Binary content (a NUL byte near the start, or a known binary extension); not read further.</summary>
    Binary,

    /// <summary>A symbolic link; recorded, never followed.</summary>
    Symlink,

    /// <summary>Larger than the read limit: counted, not read.</summary>
    TooLarge,

    /// <summary>Under a vendored folder (node_modules, vendor, ...): counted, not read.</summary>
    Vendored,

    /// <summary>Could not be read (permissions, vanished); the reason is in <see cref="RepoFile.Problem"/>.</summary>
    Unreadable,

    /// <summary>A submodule (gitlink); never recursed into.</summary>
    Submodule,
}
