using System.CommandLine;

namespace Plumbline.Cli.Commands;

/// <summary><c>plumb review</c>: reviews of documents a business receives; today <c>review proposal</c>.</summary>
internal static class ReviewCommand
{
    public static Command Create(CliContext cli) =>
        new("review", "Review a document the business received, such as a vendor's proposal")
        {
            ReviewProposalCommand.Create(cli),
        };
}
