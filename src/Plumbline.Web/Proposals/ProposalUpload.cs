using Plumbline.Checks.Proposal.Reading;
using Plumbline.Web.Data;

namespace Plumbline.Web.Proposals;

/// <summary>Checks a proposal before it is stored, whether uploaded or restored from a backup: a name, a size and a format
/// the review reads, and content that reads as that format (the reader checks a PDF's or DOCX's signature, so a renamed
/// file is refused here, not later).</summary>
internal static class ProposalUpload
{
    /// <summary>What the file input offers and the error messages name.</summary>
    public static string Accept => string.Join(',', ProposalReader.Extensions);

    public const string Formats = "PDF, DOCX, Markdown, HTML or plain text";

    /// <summary>The uploaded file's name and bytes, or one line naming the file and what to do.</summary>
    public static async Task<(string? Name, byte[]? Content, string? Error)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        // Browsers send the name alone; a client that sends a path gets only its last part kept.
        var name = Path.GetFileName(file.FileName.Replace('\\', '/')).Trim();
        if (file.Length > ProposalReader.MaxBytes)
        {
            // Said before the bytes are read, so an oversized file costs nothing more.
            return (null, null, TooLarge(name, file.Length));
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }

        return Check(name, content) is { } error ? (null, null, error) : (name, content, null);
    }

    /// <summary>Null when <paramref name="content"/> named <paramref name="name"/> may be stored; otherwise the one line why not.</summary>
    public static string? Check(string name, byte[] content)
    {
        if (name.Length == 0)
        {
            return "A file without a name was uploaded; choose the proposal file again.";
        }

        if (name.Length > StoredProposal.NameMaxLength)
        {
            return $"{name[..40]}…: the file name is longer than {StoredProposal.NameMaxLength} characters; rename it and upload it again.";
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!ProposalReader.Extensions.Contains(extension))
        {
            return $"{name}: '{(extension.Length == 0 ? "no extension" : extension)}' is not a format the review reads; save the proposal as {Formats} ({Accept}).";
        }

        if (content.Length == 0)
        {
            return $"{name}: the file is empty; upload the proposal itself.";
        }

        if (content.LongLength > ProposalReader.MaxBytes)
        {
            return TooLarge(name, content.LongLength);
        }

        // Reading it now is the content check, and costs what the review will cost anyway.
        var read = ProposalReader.Read(content, name);
        return read.Success ? null : string.Join(" ", read.Errors.Select(e => $"{name}: {e.Message}"));
    }

    private static string TooLarge(string name, long bytes) =>
        $"{name}: {bytes / (1024.0 * 1024):0.0} MB is over the {ProposalReader.MaxBytes / (1024 * 1024)} MB limit; export the text as PDF or DOCX without images.";
}
