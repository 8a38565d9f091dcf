using System.Text;
using Plumbline.Core.Input;

namespace Plumbline.Checks.Proposal.Reading;

/// <summary>Reads a proposal file of any supported format into blocks of text; all the review's I/O happens here.</summary>
public static class ProposalReader
{
    /// <summary>The largest file read: proposals are a few MB; a larger file is refused rather than read slowly.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>The file extensions read, for messages and upload forms.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".pdf", ".docx", ".md", ".markdown", ".html", ".htm", ".txt"];

    /// <summary>Reads the file at <paramref name="path"/>; a missing, oversized, unknown or broken file is one input error.</summary>
    public static ParseResult<ProposalDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return Fail(path, Directory.Exists(path) ? "is a folder; give the proposal file itself" : "no such file; check the path");
        }

        if (info.Length > MaxBytes)
        {
            return Fail(path, $"is {info.Length / (1024 * 1024)} MB; proposals over {MaxBytes / (1024 * 1024)} MB are not read (export the text as PDF or DOCX without images)");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Fail(path, $"cannot be read ({ex.Message})");
        }

        return Read(bytes, info.Name, path);
    }

    /// <summary>Reads a proposal from its bytes (an upload); <paramref name="name"/> decides the format with the content's own signature.</summary>
    public static ParseResult<ProposalDocument> Read(byte[] bytes, string name, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(name);
        source ??= name;
        if (bytes.LongLength > MaxBytes)
        {
            return Fail(source, $"is over {MaxBytes / (1024 * 1024)} MB; proposals that large are not read");
        }

        var extension = Path.GetExtension(name).ToLowerInvariant();
        var isPdf = bytes.AsSpan().StartsWith("%PDF-"u8);
        var isZip = bytes.AsSpan().StartsWith("PK\u0003\u0004"u8);
        try
        {
            return extension switch
            {
                ".pdf" when isPdf => Ok(PdfProposalReader.Read(bytes, name)),
                ".pdf" => Fail(source, "does not start like a PDF (%PDF-); it may be another format renamed"),
                ".docx" when isZip => Ok(DocxProposalReader.Read(bytes, name)),
                ".docx" => Fail(source, "is not a DOCX (Word 2007 or later) file; an old .doc must be saved as .docx or PDF first"),
                _ when isPdf || isZip => Fail(source, $"is a binary file with the extension '{extension}'; give it its right extension (.pdf or .docx)"),
                ".md" or ".markdown" => Ok(TextProposalReader.Read(Decode(bytes), name, "markdown")),
                ".txt" => Ok(TextProposalReader.Read(Decode(bytes), name, "text")),
                ".html" or ".htm" => Ok(HtmlProposalReader.Read(Decode(bytes), name)),
                _ => Fail(source, $"'{extension}' is not a format plumb reads; save the proposal as PDF, DOCX, Markdown, HTML or plain text"),
            };
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not ArgumentNullException)
        {
            // PdfPig and the Open XML SDK throw a variety of exceptions for damaged files; to the user each is the same thing.
            return Fail(source, $"could not be read as {extension.TrimStart('.')} ({ex.GetType().Name}: {ex.Message}); re-save or re-export it and try again");
        }
    }

    private static string Decode(byte[] bytes) => new UTF8Encoding(false, false).GetString(bytes).TrimStart('\uFEFF');

    private static ParseResult<ProposalDocument> Ok(ProposalDocument document) => ParseResult<ProposalDocument>.Ok(document);

    private static ParseResult<ProposalDocument> Fail(string source, string message) =>
        ParseResult<ProposalDocument>.Fail(new InputError(source, message));
}
