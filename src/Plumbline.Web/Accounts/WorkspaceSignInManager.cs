using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Plumbline.Web.Data;

namespace Plumbline.Web.Accounts;

/// <summary>Identity's sign-in, refusing disabled users on every path that signs someone in (password, link, refresh).</summary>
internal sealed class WorkspaceSignInManager(
    UserManager<WorkspaceUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<WorkspaceUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<WorkspaceUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<WorkspaceUser> confirmation)
    : SignInManager<WorkspaceUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(WorkspaceUser user) =>
        user.DisabledAt is null && await base.CanSignInAsync(user);
}
