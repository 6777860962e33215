/**
 * The Tandem API's types, generated from its OpenAPI document by `npm run openapi:client`
 * (openapi-typescript). Do not edit: regenerate.
 */
/* eslint-disable */
export interface paths {
    "/admin/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List companies (platform) */
        get: operations["getAdminCompanies"];
        put?: never;
        /** Create a company (platform) */
        post: operations["postAdminCompanies"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/companies/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a company or change its kind (platform) */
        patch: operations["patchAdminCompaniesByCompanyId"];
        trace?: never;
    };
    "/admin/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (admin: your company’s; platform: all) */
        get: operations["getAdminKeys"];
        put?: never;
        /** Create an API key (admin: of your company; platform: of any); the token is in this answer only */
        post: operations["postAdminKeys"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/keys/{keyId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke an API key (admin: of your company; platform: any) */
        post: operations["postAdminKeysByKeyIdRevoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocations you granted or were granted, with reserved, committed and available funds */
        get: operations["getAllocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation with its balances and ledger movements */
        get: operations["getAllocationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your company’s budgets with what is allocated */
        get: operations["getBudgets"];
        put?: never;
        /** Create an MDF budget of your company (you are the vendor) */
        post: operations["postBudgets"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One budget with its allocations and their balances */
        get: operations["getBudgetsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgets/{id}/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Grant part of a budget to a partner */
        post: operations["postBudgetsByIdAllocations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/company": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your company as the directory knows it */
        get: operations["getDirectoryCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups of your directory with their members */
        get: operations["getDirectoryGroups"];
        put?: never;
        /** Create a group (admin) */
        post: operations["postDirectoryGroups"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/groups/{group}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete a group (admin) */
        delete: operations["deleteDirectoryGroupsByGroup"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/groups/{group}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put an active person into a group (admin) */
        post: operations["postDirectoryGroupsByGroupMembers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/groups/{group}/members/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a person out of a group (admin) */
        delete: operations["deleteDirectoryGroupsByGroupMembersByPersonId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People of your directory */
        get: operations["getDirectoryPeople"];
        put?: never;
        /** Add a person to your directory (admin) */
        post: operations["postDirectoryPeople"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/directory/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person of your directory */
        get: operations["getDirectoryPeopleByPersonId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change or deactivate a person (admin); their open tasks are handed on */
        patch: operations["patchDirectoryPeopleByPersonId"];
        trace?: never;
    };
    "/fund-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fund requests of your company, by status, partner or period */
        get: operations["getFundRequests"];
        put?: never;
        /** Request funds from an allocation of your company (partner) */
        post: operations["postFundRequests"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One fund request with its funds and movements */
        get: operations["getFundRequestsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a fund request; reserved funds are released */
        post: operations["postFundRequestsByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Claim the funds with proof of performance (partner) */
        post: operations["postFundRequestsByIdClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/claim-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Review a claim (vendor marketing approver) */
        post: operations["postFundRequestsByIdClaimReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload proof of performance (multipart/form-data, parts named "file") */
        post: operations["postFundRequestsByIdDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an uploaded document */
        get: operations["getFundRequestsByIdDocumentsByDocumentId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/fund-requests/{id}/proposal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a revised proposal after changes were requested */
        post: operations["postFundRequestsByIdProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/identity-provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your company’s identity provider, without its secret */
        get: operations["getIdentityProvider"];
        /** Connect (or replace) your company’s OIDC identity provider */
        put: operations["putIdentityProvider"];
        post?: never;
        /** Disconnect your identity provider; sign-in links by mail keep working */
        delete: operations["deleteIdentityProvider"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company’s instances */
        get: operations["getInstances"];
        put?: never;
        /** Start an instance of a template */
        post: operations["postInstances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status of an instance (ETag; long-poll with waitForChange) */
        get: operations["getInstancesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an instance (initiator or admin) */
        post: operations["postInstancesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/incident/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an instance stopped in an incident, releasing what it holds (admin) */
        post: operations["postInstancesByIdIncidentCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/incident/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retry the steps an incident stopped, after setting the variables given (admin) */
        post: operations["postInstancesByIdIncidentRetry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a running instance onto a later version of its template (ops) */
        post: operations["postInstancesByIdMigrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One task, with what its holder is shown (facts) and mail to its holders that could not be delivered (deliveryProblems) */
        get: operations["getInstancesByIdTasksByTaskId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/tasks/{taskId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a task (use Idempotency-Key for retries) */
        post: operations["postInstancesByIdTasksByTaskIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/tasks/{taskId}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A holder hands the task to a colleague; old links stop working, the colleague is mailed */
        post: operations["postInstancesByIdTasksByTaskIdDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/tasks/{taskId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An admin of the task’s company gives it to a colleague; old links stop working, the colleague is mailed */
        post: operations["postInstancesByIdTasksByTaskIdReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every decision and action your company may see */
        get: operations["getInstancesByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/instances/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw your company from its party; the others go on */
        post: operations["postInstancesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/joint/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The joint solutions your company takes part in, by stage, with each company’s workstream, the findings to rework and when the certification ends */
        get: operations["getJointSolutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is signed in, with the CSRF token for state-changing requests */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/allocations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Allocations my company granted or was granted, with their balances, as in GET /allocations */
        get: operations["getMeAllocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/allocations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One allocation of my company with its balances and ledger movements, as in GET /allocations/{id} */
        get: operations["getMeAllocationsById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/budgets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My company’s MDF budgets with what is allocated, as in GET /budgets */
        get: operations["getMeBudgets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/fund-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Fund requests my company takes part in, by status, partner or period, as in GET /fund-requests */
        get: operations["getMeFundRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instances my company takes part in, as in GET /instances, with counts per status */
        get: operations["getMeInstances"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An instance my company takes part in, as my company sees it, with the actions I may take on it now (cancel, withdraw a party, delegate or reassign a task) */
        get: operations["getMeInstancesById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an instance I started (or may cancel as its admin). Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeInstancesByIdCancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/diagram": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The instance’s template as a Mermaid flowchart, with visited, current and waiting steps marked */
        get: operations["getMeInstancesByIdDiagram"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-sent events: `changed` with the new revision whenever the instance changes (the first at once). The stream ends after some minutes; EventSource reconnects by itself. */
        get: operations["getMeInstancesByIdEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A task of my company, with what its holder is shown and, while I hold it, the form of each outcome */
        get: operations["getMeInstancesByIdTasksByTaskId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/tasks/{taskId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide one of my tasks. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeInstancesByIdTasksByTaskIdDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/tasks/{taskId}/delegate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand one of my tasks to a colleague. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeInstancesByIdTasksByTaskIdDelegate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/tasks/{taskId}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** As an admin of my company, give a task of my company to a colleague. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeInstancesByIdTasksByTaskIdReassign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every decision and action of an instance my company may see */
        get: operations["getMeInstancesByIdTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/instances/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw my company's party from an instance; the others go on. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeInstancesByIdWithdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/joint/solutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The joint solutions your company takes part in, by stage, with each company’s workstream, the findings to rework and when the certification ends (GET /joint/solutions for a signed-in person) */
        get: operations["getMeJointSolutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/out-of-office": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My out-of-office setting */
        get: operations["getMeOutOfOffice"];
        /** Set my out-of-office: tasks that open for me in the range go to the colleague. Needs the session cookie and the X-CSRF-Token header. */
        put: operations["putMeOutOfOffice"];
        post?: never;
        /** Clear my out-of-office. Needs the session cookie and the X-CSRF-Token header. */
        delete: operations["deleteMeOutOfOffice"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reports/cycle-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /reports/cycle-times for a signed-in person */
        get: operations["getMeReportsCycleTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reports/cycle-times.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** GET /reports/cycle-times.csv for a signed-in person */
        get: operations["getMeReportsCycleTimesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/reports/mdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The MDF report my company may see, as in GET /reports/mdf */
        get: operations["getMeReportsMdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of mine. Needs the session cookie and the X-CSRF-Token header. */
        post: operations["postMeSignOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My tasks across every instance and company (open, due soon, overdue) */
        get: operations["getMeTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published template version, as GET /templates. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        get: operations["getMeTemplates"];
        put?: never;
        /** Publish a new template version, as POST /templates. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        post: operations["postMeTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/templates/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template version with its Mermaid diagram. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        get: operations["getMeTemplatesByIdVersionsByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/templates/{id}/versions/{version}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deprecate a version: no new starts, running instances go on. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        post: operations["postMeTemplatesByIdVersionsByVersionDeprecate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/templates/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a template: every error with its path, as POST /templates/validate. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        post: operations["postMeTemplatesValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/trials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a trial of a template version: every party played by your company, every role held by your people (you, unless picked), marked as a trial. Platform operators only (see `tandem operators grant`). Needs the session cookie; writes also the X-CSRF-Token header. */
        post: operations["postMeTrials"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your relationships to other companies, both sides */
        get: operations["getRelationships"];
        put?: never;
        /** Invite a partner company into a program (admin, vendor) */
        post: operations["postRelationships"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a vendor’s invitation (admin, partner) */
        post: operations["postRelationshipsAccept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/relationships/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a relationship (admin, either side); existing allocations stay */
        post: operations["postRelationshipsEnd"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/cycle-times": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** For one template, how long each step waits on each company across your company’s instances (median, 90th percentile) and how often it passed its SLA (the step’s `due`). Only tasks your company may see count: its own and those of shared steps. */
        get: operations["getReportsCycleTimes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/cycle-times.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cycle times as CSV */
        get: operations["getReportsCycleTimesCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/mdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * MDF report per vendor, period and partner, and per activity type
         * @description A request counts in the period of its allocation's budget. Win rate, average deal size and return on MDF are over the reimbursed requests whose partner reported the results; each is null when its divisor is 0.
         */
        get: operations["getReportsMdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/reports/mdf.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The MDF report as CSV */
        get: operations["getReportsMdfCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mail a sign-in link to a directory address (the same answer whether or not the address is known) */
        post: operations["postSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sign-in/oidc/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign in at your company’s identity provider (redirects there) */
        get: operations["getSignInOidcByCompanyId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inbox of your company, or of one person */
        get: operations["getTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every published template version */
        get: operations["getTemplates"];
        put?: never;
        /** Publish a new template version (ops); versions are immutable */
        post: operations["postTemplates"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template version with its Mermaid diagram */
        get: operations["getTemplatesByIdVersionsByVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{id}/versions/{version}/deprecate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deprecate a version (ops): no new starts, running instances go on */
        post: operations["postTemplatesByIdVersionsByVersionDeprecate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/{id}/versions/{version}/migrate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move every running instance of a version onto a later version (ops); answers per instance */
        post: operations["postTemplatesByIdVersionsByVersionMigrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/templates/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a template (ops): every error with its path */
        post: operations["postTemplatesValidate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List your company’s webhook subscriptions */
        get: operations["getWebhooks"];
        put?: never;
        /** Subscribe a URL to event types; the signing secret is in this answer only */
        post: operations["postWebhooks"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One webhook subscription */
        get: operations["getWebhooksById"];
        put?: never;
        post?: never;
        /** Delete a subscription and its delivery records; nothing more is sent */
        delete: operations["deleteWebhooksById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Deliveries, newest first, with every attempt (status code, error, duration, next retry) */
        get: operations["getWebhooksByIdDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/deliveries/{deliveryId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again (same body and event id, new signature and attempt number) */
        post: operations["postWebhooksByIdDeliveriesByDeliveryIdReplay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rotate the signing secret: the new one is in this answer only; the previous one keeps signing for the grace period */
        post: operations["postWebhooksByIdSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "instance.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An instance was cancelled.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onInstanceCancelled"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.changed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * What your company sees of an instance changed (status, steps, tasks).
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onInstanceChanged"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An instance reached an end step.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onInstanceCompleted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.incident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An instance stopped at a step in an incident (a run-time error in the template’s data, or the database refused its data); ops retry or cancel it.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onInstanceIncident"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "instance.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An instance your company takes part in started.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onInstanceStarted"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.decided": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A task your company may see was decided; `task` is set.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onTaskDecided"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "task.opened": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A task of your company (or a shared one) opened; `task` is set.
         * @description POSTed to the subscription’s URL (`POST /webhooks`). Any 2xx acknowledges it; anything else, a redirect or a timeout is retried with backoff.
         */
        post: operations["onTaskOpened"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        AcceptInvitation: {
            program: string;
            vendorCompanyId: string;
        };
        AddPerson: {
            /** Format: email */
            email: string;
            /** @description Groups of your directory to put the person in (they must exist). */
            groups?: string[];
            language?: string;
            name: string;
        };
        Allocation: {
            /** @description Integer minor units of the currency (cents for USD). */
            amount: number;
            /** @description amount − reserved − committed, never below 0. */
            available: number;
            budgetId: string;
            /** @description Integer minor units of the currency (cents for USD). */
            clawedBack: number;
            /** @description Integer minor units of the currency (cents for USD). */
            committed: number;
            currency: string;
            expired: boolean;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            expiresAt: string | null;
            id: string;
            partnerCompanyId: string;
            period: string;
            /** @description Integer minor units of the currency (cents for USD). */
            released: number;
            /** @description Integer minor units of the currency (cents for USD). */
            reserved: number;
            vendorCompanyId: string;
        };
        AllocationDetail: components["schemas"]["Allocation"] & {
            movements: components["schemas"]["Movement"][];
        };
        AllocationList: {
            allocations: components["schemas"]["Allocation"][];
        };
        ApiKey: {
            companyId: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            keyId: string;
            name: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            revokedAt: string | null;
            scopes: ("read" | "act" | "admin" | "platform")[];
        };
        ApiKeyList: {
            keys: components["schemas"]["ApiKey"][];
        };
        Budget: {
            /** @description Integer minor units of the currency (cents for USD). */
            allocated: number;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            currency: string;
            id: string;
            name: string;
            period: string;
            settings: {
                auditSamplePercent?: number;
                /** @description Integer minor units of the currency (cents for USD). */
                auditThreshold?: number;
                claimLastReminder?: string;
                claimReminder?: string;
                claimWindow?: string;
                /** @description Integer minor units of the currency (cents for USD). */
                financeThreshold?: number;
                followUpAfter?: string;
                followUpReminder?: string;
                followUpWindow?: string;
                informationWindow?: string;
            };
            team: {
                channel_manager: components["schemas"]["Person"][];
                compliance: components["schemas"]["Person"][];
                finance: components["schemas"]["Person"][];
                marketing_approver: components["schemas"]["Person"][];
            };
            /** @description Integer minor units of the currency (cents for USD). */
            total: number;
            vendorCompanyId: string;
        };
        BudgetDetail: components["schemas"]["Budget"] & {
            allocations: components["schemas"]["Allocation"][];
        };
        BudgetList: {
            budgets: components["schemas"]["Budget"][];
        };
        Cancel: {
            /** Format: email */
            actor: string;
            reason: string;
        };
        CancelFundRequest: {
            /** Format: email */
            actor: string;
            reason: string;
        };
        CancelIncident: {
            reason: string;
        };
        ChangedPerson: components["schemas"]["DirectoryPerson"] & {
            /** @description Tasks handed on because the person was deactivated. */
            handedOver: string[];
        };
        Claim: {
            /** Format: email */
            actor: string;
            claim: {
                actualCost: components["schemas"]["Money"];
                attendees?: number;
                invoices: ({
                    documentId: string;
                } | {
                    name: string;
                    sha256?: string;
                    /** Format: uri */
                    url: string;
                })[];
                leads?: number;
                notes?: string;
                pipeline?: components["schemas"]["Money"];
                proof: ({
                    documentId: string;
                } | {
                    name: string;
                    sha256?: string;
                    /** Format: uri */
                    url: string;
                })[];
            };
        };
        ClaimReview: {
            /** Format: email */
            actor: string;
            approvedAmount?: components["schemas"]["Money"] & unknown;
            comment?: string;
            /** @enum {string} */
            outcome: "approve" | "approve_partial" | "request_information" | "deny";
            /** @description Required with approve_partial. */
            reason?: string;
        };
        Company: {
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            id: string;
            kind: string;
            name: string;
        };
        CompanyList: {
            companies: components["schemas"]["Company"][];
        };
        CompanyOnly: {
            company: string;
        };
        CreateAllocation: {
            amount: number;
            /**
             * Format: date-time
             * @description Use it or lose it: no new reservations after this moment.
             */
            expiresAt?: string;
            partnerCompanyId: string;
        };
        CreateBudget: {
            currency: string;
            name: string;
            period: string;
            /** @default {} */
            settings?: {
                /** @description Share of other reimbursements audited (default 10). */
                auditSamplePercent?: number;
                /** @description Reimbursements above this are always audited (default 2500000). */
                auditThreshold?: number;
                claimLastReminder?: string;
                claimReminder?: string;
                /** @description Time to claim after the activity ends (default 45d). */
                claimWindow?: string;
                /** @description Requests above this also need finance (default 1000000). */
                financeThreshold?: number;
                /** @description When the partner is asked what the activity won, after the reimbursement's payment date (default 90d). */
                followUpAfter?: string;
                /** @description Reminder to report the results, after they are asked for (default 14d). */
                followUpReminder?: string;
                /** @description Time to report the results before the request closes with its follow-up unanswered (default 30d). */
                followUpWindow?: string;
                /** @description Time to answer a request for more information (default 14d). */
                informationWindow?: string;
            };
            /** @description People of your directory for each vendor role of the budget's fund requests. */
            team: {
                channel_manager: (string | {
                    company?: string;
                    /** Format: email */
                    email: string;
                    name?: string;
                })[];
                compliance: (string | {
                    company?: string;
                    /** Format: email */
                    email: string;
                    name?: string;
                })[];
                finance: (string | {
                    company?: string;
                    /** Format: email */
                    email: string;
                    name?: string;
                })[];
                marketing_approver: (string | {
                    company?: string;
                    /** Format: email */
                    email: string;
                    name?: string;
                })[];
            };
            total: number;
        };
        CreateCompany: {
            id: string;
            kind: string;
            name: string;
        };
        CreatedKey: {
            companyId: string;
            id: string;
            name: string;
            scopes: ("read" | "act" | "admin" | "platform")[];
            /**
             * @description Shown only in this answer.
             * @example tdm_0123456789abcdef.…
             */
            token: string;
        };
        CreatedWebhook: components["schemas"]["Webhook"] & {
            /**
             * @description Signs every delivery; shown only in this answer.
             * @example whsec_…
             */
            secret: string;
        };
        CreateFundRequest: {
            allocationId: string;
            /** @description Your identity of this request; one fund request per key. Required unless the request carries an Idempotency-Key header, from which it is then derived, so a retry finds the first request (400 business_key_required with neither). */
            businessKey?: string;
            /** @description Defaults to the requester. */
            marketingLead?: string | {
                company?: string;
                /** Format: email */
                email: string;
                name?: string;
            };
            proposal: components["schemas"]["Proposal"];
            /** @description An active person of your directory (email). */
            requester: string | {
                company?: string;
                /** Format: email */
                email: string;
                name?: string;
            };
        };
        CreateGroup: {
            description?: string;
            name: string;
        };
        CreateKey: {
            /** @description The key's company: your own (default) with an admin key; any company with a platform key. */
            companyId?: string;
            name: string;
            /** @description read, act, admin; platform only from a platform key. */
            scopes: ("read" | "act" | "admin" | "platform")[];
        };
        CreateWebhook: {
            description?: string;
            /** @description The event types to deliver. */
            events: ("instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided")[];
            /**
             * Format: uri
             * @description Where deliveries are POSTed. https; plain http only to localhost where the server allows it.
             */
            url: string;
        };
        CycleTimeRow: {
            /** @description Tasks decided after their due time, timed out, or still open past it. */
            breaches: number;
            /** @description The company the step waited on. */
            companyId: string;
            maxMs: number | null;
            medianMs: number | null;
            /** @description Tasks still waiting. */
            open: number;
            /** @description 90th percentile, interpolated between the nearest ranks. */
            p90Ms: number | null;
            /** @description The SLA: the step’s `due` (median over the tasks that had one). */
            slaMs: number | null;
            stepId: string;
            stepTitle: string;
            /** @description Finished waits (decided or timed out) the times are over. */
            waits: number;
            withSla: number;
        };
        CycleTimes: {
            instances: number;
            /** @description One per step and company the step waited on, in the order the steps first opened. */
            rows: components["schemas"]["CycleTimeRow"][];
            templateId: string;
            /** @description The templates your company has instances of. */
            templates: string[];
        };
        Decision: {
            /**
             * Format: email
             * @description The person deciding; must be assigned the task and work for your company.
             */
            actor: string;
            comment?: string;
            form?: {
                [key: string]: unknown;
            };
            outcome: string;
        };
        DecisionField: {
            /** @description The largest amount (minor units) a money field takes now. */
            atMost?: number;
            /** @description The currency a money field’s amount must be in. */
            currency?: string;
            /** @description The field as the template declares it: type, title, description, required, min, max, values… */
            field: {
                [key: string]: unknown;
            };
            /** @description The field’s name in the form (snake_case, as the template names it). */
            name: string;
        };
        DeletedGroup: {
            /** @enum {boolean} */
            deleted: true;
            name: string;
        };
        DeletedWebhook: {
            /** @enum {boolean} */
            deleted: true;
            id: string;
        };
        Delivery: {
            attempts: components["schemas"]["DeliveryAttempt"][];
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            deliveredAt: string | null;
            eventType: components["schemas"]["WebhookEventType"];
            id: string;
            instanceId: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        DeliveryAttempt: {
            attempt: number;
            durationMs: number;
            error: string | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            nextAttemptAt: string | null;
            replay: boolean;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            startedAt: string;
            statusCode: number | null;
        };
        DeliveryPage: {
            deliveries: components["schemas"]["Delivery"][];
            nextCursor: string | null;
        };
        DeliveryProblem: {
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            at: string;
            /** @description The mail server’s answer, shortened. */
            error: string;
            /** @description Which mail it was, e.g. task or reminder. */
            purpose: string;
            recipient: string;
        };
        DeprecatedTemplate: {
            /** @enum {boolean} */
            deprecated: true;
            id: string;
            version: number;
        };
        DirectoryPerson: {
            active: boolean;
            companyId: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            email: string;
            groups: string[];
            /** @example per_0123456789abcdef0123 */
            id: string;
            language: string | null;
            name: string;
            outOfOffice: components["schemas"]["OutOfOffice"];
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        DisconnectedIdentityProvider: {
            /** @enum {boolean} */
            deleted: true;
        };
        Document: {
            contentType: string;
            /** @example doc_0123456789abcdef01234567 */
            id: string;
            name: string;
            sha256: string;
            size: number;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            uploadedAt: string;
        };
        DocumentList: {
            documents: components["schemas"]["Document"][];
        };
        DocumentUpload: {
            /** @description One part per document, each named "file": PDF, PNG, JPEG, CSV, plain text or XLSX, up to 10 MiB each. */
            file: string[];
        };
        EndRelationship: {
            partnerCompanyId: string;
            program: string;
            vendorCompanyId: string;
        };
        /** @description Every error: a stable machine code and a human message. */
        Error: {
            error: {
                code: string;
                details?: unknown;
                message: string;
            };
        };
        Fact: {
            /** @description The documents of a documents fact: uploaded ones by sha256, others by URL. */
            documents?: {
                name: string;
                sha256?: string;
                size?: number;
                url?: string;
            }[];
            /** @description Written for people by the template, e.g. "Funds requested". */
            label: string;
            /**
             * @description The value as people read it, e.g. "$5,000.00", "14 Mar 2026"; decisions one per line.
             * @example $5,000.00
             */
            text: string;
            /** @enum {string} */
            type: "text" | "integer" | "money" | "date" | "boolean" | "documents" | "decision" | "company";
            /** @description The value as recorded: money as { amount (minor units), currency }, dates as ISO dates, decisions as a list of { outcome, decidedBy, decidedAt, form }. */
            value?: unknown;
        };
        FundRequest: {
            allocationId: string | null;
            /** @description The claim form as the template names its fields (snake_case). */
            claim: {
                [key: string]: unknown;
            } | null;
            funds: components["schemas"]["Funds"];
            id: string;
            lifecycle: components["schemas"]["Lifecycle"];
            openTasks: components["schemas"]["Task"][];
            partnerCompanyId: string | null;
            /** @description Why the ledger last refused, e.g. insufficient_funds. */
            problem: {
                code: string;
                message: string;
            } | null;
            /** @description The proposal form as the template names its fields (snake_case), e.g. activity_type, requested_amount. */
            proposal: {
                [key: string]: unknown;
            } | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            startedAt: string;
            status: components["schemas"]["FundRequestStatus"];
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            updatedAt: string;
            vendorCompanyId: string | null;
        };
        FundRequestDetail: components["schemas"]["FundRequest"] & {
            movements: components["schemas"]["Movement"][];
        };
        FundRequestList: {
            fundRequests: components["schemas"]["FundRequest"][];
        };
        /**
         * @description The status of a fund request, as `GET /fund-requests?status=` filters on it.
         * @enum {string}
         */
        FundRequestStatus: "Starting" | "Draft" | "Submitted" | "In review" | "Changes requested" | "Pre-approved" | "In execution" | "Claim due" | "Claim submitted" | "Waiting for information" | "Approved" | "Partially approved" | "Reimbursed" | "In audit" | "Awaiting results" | "Results due" | "Closed" | "Non-compliant" | "Denied" | "Expired" | "Allocation expired" | "Cancelled";
        Funds: {
            allocationId: string;
            /** @description Integer minor units of the currency (cents for USD). */
            clawedBack: number;
            /** @description Integer minor units of the currency (cents for USD). */
            committed: number;
            currency: string;
            /** @description Integer minor units of the currency (cents for USD). */
            released: number;
            /** @description Integer minor units of the currency (cents for USD). */
            requested: number;
            /** @description Integer minor units of the currency (cents for USD). */
            reserved: number;
        } | null;
        Group: {
            description: string | null;
            members: string[];
            name: string;
        };
        GroupList: {
            groups: components["schemas"]["Group"][];
        };
        GroupMember: {
            /** Format: email */
            email: string;
        };
        HandOver: {
            /**
             * Format: email
             * @description The person of your company handing the task over: a holder (delegate) or an admin of your company (reassign).
             */
            actor: string;
            comment?: string;
            /**
             * Format: email
             * @description A colleague in your company’s directory.
             */
            to: string;
        };
        IdentityProvider: {
            clientId: string;
            clientSecret: string;
            /**
             * Format: uri
             * @description The issuer URL; its /.well-known/openid-configuration must answer.
             */
            issuer: string;
        };
        /** @description Your company’s identity provider, never with its secret. */
        IdentityProviderConnection: {
            clientId: string;
            issuer: string;
            /** @description Register this redirect URI at the identity provider. */
            redirectUri: string;
            /** @description Where your people start signing in. */
            signInUrl: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            updatedAt: string;
        };
        Inbox: {
            nextCursor: string | null;
            tasks: components["schemas"]["InboxTask"][];
        };
        InboxTask: components["schemas"]["Task"] & {
            instance: {
                id: string;
                /**
                 * @description `Starting` from the moment the API starts the instance until its workflow first writes it (at no step yet, no tasks), then the status the template gives the current step (`status:` in the template), `Cancelled` after a cancel. Built-in templates: mdf-fund-request: Starting, Draft, Submitted, In review, Changes requested, Pre-approved, In execution, Claim due, Claim submitted, Waiting for information, Approved, Partially approved, Reimbursed, In audit, Awaiting results, Results due, Closed, Non-compliant, Denied, Expired, Allocation expired, Cancelled; joint-solution: Starting, Planning, Plan in review, Building, Integration testing, Integration sign-off, In certification, Preparing the listing, Listing in review, Published, Re-certification due, In re-certification, Unpublished, Stopped, Cancelled; partner-onboarding: Starting, Application in progress, In review, Legal review, Onboarded, Declined, Withdrawn, Cancelled. Templates published by ops name their own.
                 * @example In review
                 */
                status: string;
                title: string;
            };
            overdue: boolean;
        };
        /** @description The oldest open incident; null while none is open. Ops resolve it with POST /instances/{id}/incident/retry or /cancel. */
        Incident: {
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            at: string;
            error: string;
            /** @description Names the incident in the timeline. */
            id: string;
            /**
             * @description `step`: evaluating the template at a step failed; `projection`: the database refused the instance’s data.
             * @enum {string}
             */
            kind: "step" | "projection";
            stepId: string | null;
        } | null;
        Instance: {
            businessKey: string;
            /** @description Which company fills each party of the template. */
            companies: {
                [key: string]: string;
            };
            currentSteps: string[];
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            endedAt: string | null;
            /** @example mdf-fund-request:2f1c… */
            id: string;
            incident: components["schemas"]["Incident"];
            incidents: components["schemas"]["Incident"][];
            initiator: components["schemas"]["Person"] | components["schemas"]["CompanyOnly"];
            input: {
                [key: string]: unknown;
            };
            lifecycle: components["schemas"]["Lifecycle"];
            /** @description People of your company, by role. */
            participants: {
                [key: string]: components["schemas"]["Person"][];
            };
            revision: number;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            startedAt: string;
            /**
             * @description `Starting` from the moment the API starts the instance until its workflow first writes it (at no step yet, no tasks), then the status the template gives the current step (`status:` in the template), `Cancelled` after a cancel. Built-in templates: mdf-fund-request: Starting, Draft, Submitted, In review, Changes requested, Pre-approved, In execution, Claim due, Claim submitted, Waiting for information, Approved, Partially approved, Reimbursed, In audit, Awaiting results, Results due, Closed, Non-compliant, Denied, Expired, Allocation expired, Cancelled; joint-solution: Starting, Planning, Plan in review, Building, Integration testing, Integration sign-off, In certification, Preparing the listing, Listing in review, Published, Re-certification due, In re-certification, Unpublished, Stopped, Cancelled; partner-onboarding: Starting, Application in progress, In review, Legal review, Onboarded, Declined, Withdrawn, Cancelled. Templates published by ops name their own.
             * @example In review
             */
            status: string;
            tasks: components["schemas"]["Task"][];
            templateId: string;
            templateVersion: number;
            title: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            updatedAt: string;
            vars: {
                [key: string]: unknown;
            };
            withdrawn: string[];
        };
        InstanceAction: {
            /**
             * @description `cancel` the instance; `withdraw` your company’s `party`; `delegate` task `taskId` you hold; `reassign` task `taskId` of your company (as its admin).
             * @enum {string}
             */
            kind: "cancel" | "withdraw" | "delegate" | "reassign";
            party: string | null;
            taskId: string | null;
        };
        InstanceDiagram: {
            /** @description A Mermaid flowchart of the instance’s template version; marked nodes carry the class visited, current or waiting. */
            mermaid: string;
            /** @description Step ids: gone through; where your company acts (or the instance works); where it waits on another company or a timer. */
            steps: {
                current: string[];
                visited: string[];
                waiting: string[];
            };
        };
        InstancePage: {
            /** @description Newest change first; instances changed at the same moment by id. */
            instances: components["schemas"]["Instance"][];
            /** @description Pass as `cursor` for the next page; null when this is the last. */
            nextCursor: string | null;
        };
        InvitePartner: {
            partnerCompanyId: string;
            program: string;
        };
        JointBoard: {
            solutions: components["schemas"]["JointSolution"][];
            /** @description The stages in the order solutions move through them. */
            stages: components["schemas"]["JointStage"][];
        };
        JointSolution: {
            /**
             * Format: date-time
             * @description When the current certification ends (re-certification reminder plus notice after it was certified).
             * @example 2025-03-01T09:30:00.000Z
             */
            certificationExpiresAt: string | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            certifiedAt: string | null;
            /** @description Which company fills each party. */
            companies: {
                [key: string]: string;
            };
            /** @description The findings of the failed certification while the flagged workstreams rework them. */
            findings: string | null;
            id: string;
            lifecycle: components["schemas"]["Lifecycle"];
            /** @description The solution’s name (input `solution_name`). */
            name: string;
            stage: components["schemas"]["JointStage"];
            /**
             * @description `Starting` from the moment the API starts the instance until its workflow first writes it (at no step yet, no tasks), then the status the template gives the current step (`status:` in the template), `Cancelled` after a cancel. Built-in templates: mdf-fund-request: Starting, Draft, Submitted, In review, Changes requested, Pre-approved, In execution, Claim due, Claim submitted, Waiting for information, Approved, Partially approved, Reimbursed, In audit, Awaiting results, Results due, Closed, Non-compliant, Denied, Expired, Allocation expired, Cancelled; joint-solution: Starting, Planning, Plan in review, Building, Integration testing, Integration sign-off, In certification, Preparing the listing, Listing in review, Published, Re-certification due, In re-certification, Unpublished, Stopped, Cancelled; partner-onboarding: Starting, Application in progress, In review, Legal review, Onboarded, Declined, Withdrawn, Cancelled. Templates published by ops name their own.
             * @example In review
             */
            status: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            updatedAt: string;
            workstreams: components["schemas"]["JointWorkstream"][];
            /** @description The parties your company plays. */
            yourParties: string[];
        };
        /**
         * @description Where a joint solution stands; `ended` once it stopped, was unpublished or cancelled.
         * @enum {string}
         */
        JointStage: "plan" | "build" | "test" | "certification" | "listing" | "published" | "recertification_due" | "ended";
        JointWorkstream: {
            companyId: string;
            /**
             * Format: date-time
             * @description When the open workstream task is due; only for your own company’s workstream.
             * @example 2025-03-01T09:30:00.000Z
             */
            dueAt: string | null;
            /** @example company_b */
            party: string;
            /** @description Flagged by the failed certification to rework, while the solution is back in build. */
            rework: boolean;
            /**
             * @description As every company of the solution sees it: blocked once its company told the others so, rework while it reworks certification findings.
             * @enum {string}
             */
            state: "not_started" | "in_progress" | "blocked" | "rework" | "delivered" | "withdrawn";
        };
        /** @enum {string} */
        Lifecycle: "running" | "completed" | "cancelled";
        MdfActivityReportRow: {
            activityType: string;
            /**
             * @description Influenced revenue per won opportunity, minor units rounded half up; null when nothing was won.
             * @example 1250000
             */
            averageDealSize: string | null;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            committed: string;
            currency: string;
            /** @description Reimbursed requests not asked yet, still open, or from before the follow-up existed. */
            followUpsPending: number;
            /** @description Reimbursed requests whose partner reported the results. */
            followUpsReported: number;
            /** @description Reimbursed requests whose results follow-up closed unanswered. */
            followUpsUnanswered: number;
            /**
             * @description Revenue of the won opportunities, in the row's currency.
             * @example 1250000
             */
            influencedRevenue: string;
            partnerCompanyId: string;
            period: string;
            reimbursedRequests: number;
            /** @description Leads the claims of these requests reported. */
            reportedLeads: number;
            /** @description Influenced revenue per unit of funds reimbursed for the requests whose results were reported (two decimals); null when that is 0. */
            returnOnMdf: number | null;
            vendorCompanyId: string;
            /** @description Won opportunities / leads claimed by the requests whose results were reported (three decimals); null when those leads are 0. */
            winRate: number | null;
            /** @description Opportunities won, as reported. */
            wonOpportunities: number;
        };
        /** @description How many of the row's fund requests reached each stage; a request that reached a later stage counts at every earlier one. */
        MdfFunnel: {
            claimed: number;
            preApproved: number;
            reimbursed: number;
            submitted: number;
        };
        MdfReport: {
            /** @description The reimbursed requests of each row, per activity type, with what they returned. */
            activities: components["schemas"]["MdfActivityReportRow"][];
            period: string | null;
            rows: components["schemas"]["MdfReportRow"][];
        };
        MdfReportRow: {
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            allocated: string;
            /**
             * @description Influenced revenue per won opportunity, minor units rounded half up; null when nothing was won.
             * @example 1250000
             */
            averageDealSize: string | null;
            claimRejectionRate: number | null;
            claimsReviewed: number;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            clawedBack: string;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            committed: string;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            costPerLead: string | null;
            currency: string;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            expired: string;
            /** @description Reimbursed requests not asked yet, still open, or from before the follow-up existed. */
            followUpsPending: number;
            /** @description Reimbursed requests whose partner reported the results. */
            followUpsReported: number;
            /** @description Reimbursed requests whose results follow-up closed unanswered. */
            followUpsUnanswered: number;
            fundRequests: number;
            funnel: components["schemas"]["MdfFunnel"];
            /**
             * @description Revenue of the won opportunities, in the row's currency.
             * @example 1250000
             */
            influencedRevenue: string;
            /** @description Median days from the claim filed to the reimbursement booked. */
            medianDaysClaimToReimbursement: number | null;
            /** @description Median days from the funds pre-approved to the claim filed. */
            medianDaysPreApprovalToClaim: number | null;
            /** @description Median days from the proposal submitted to the funds pre-approved. */
            medianDaysToPreApproval: number | null;
            partialApprovalRate: number | null;
            partnerCompanyId: string;
            period: string;
            pipelinePerSpend: number | null;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            released: string;
            reportedLeads: number;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            reportedPipeline: string;
            /** @description Pipeline reported in other currencies than the row's, by currency; not part of any ratio. */
            reportedPipelineOtherCurrencies: {
                /**
                 * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
                 * @example 1250000
                 */
                amount: string;
                currency: string;
            }[];
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            reserved: string;
            /** @description Influenced revenue per unit of funds reimbursed for the requests whose results were reported (two decimals); null when that is 0. */
            returnOnMdf: number | null;
            /**
             * @description Integer minor units of the currency as a decimal string (sums may pass 2^53, which JSON numbers cannot carry exactly).
             * @example 1250000
             */
            unused: string;
            utilisationPercent: number;
            vendorCompanyId: string;
            /** @description Won opportunities / leads claimed by the requests whose results were reported (three decimals); null when those leads are 0. */
            winRate: number | null;
            /** @description Opportunities won, as reported. */
            wonOpportunities: number;
        };
        Me: {
            /** @description Whether you are an admin of your company (in its `admins` group): your session then also manages its people, groups, API keys, webhooks and identity provider. */
            admin: boolean;
            /** @description Send it as X-CSRF-Token with every POST, PUT and DELETE of this session (it is also in the tandem_csrf cookie). */
            csrfToken: string;
            person: {
                companyId: string;
                email: string;
                id: string;
                name: string;
            };
            /** @description Whether you are a platform operator: the /me/templates routes and trials are yours. */
            platform: boolean;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            sessionExpiresAt: string;
        };
        Migration: {
            /** @description Only check: answer what would happen, change nothing. */
            dryRun?: boolean;
            /**
             * @description Old step id → step id of the new version. Steps not listed keep their id; every step an instance is at must exist in the new version.
             * @default {}
             * @example {
             *       "review": "check"
             *     }
             */
            mapping?: {
                [key: string]: string;
            };
            /** @description Shown in each instance’s timeline. */
            reason?: string;
            /** @description A later published version of the same template. */
            toVersion: number;
        };
        MigrationOutcome: {
            /** @description A refusal’s stable code, e.g. `migration_step_unmapped`. */
            code?: string;
            /** @description Where the instance is on the new version. */
            currentSteps?: string[];
            fromVersion?: number;
            instanceId: string;
            /** @description What refused it and how to fix the mapping. */
            reason?: string;
            /**
             * @description `would_migrate` answers a dry run; `refused` changed nothing.
             * @enum {string}
             */
            result: "migrated" | "would_migrate" | "refused";
            /** @description A refusal’s HTTP status, as the one-instance route answers it. */
            status?: number;
            toVersion?: number;
        };
        MigrationReport: {
            dryRun: boolean;
            fromVersion: number;
            instances: components["schemas"]["MigrationOutcome"][];
            templateId: string;
            toVersion: number;
        };
        /** @description Integer minor units and an ISO 4217 currency. */
        Money: {
            amount: number;
            currency: string;
        };
        Movement: {
            /** @description Integer minor units of the currency (cents for USD). */
            amount: number;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            at: string;
            fundRequestId: string;
            /** @enum {string} */
            kind: "reserve" | "adjust" | "commit" | "release" | "clawback";
            reason: string | null;
        };
        MyCancel: {
            /** @description Why, for the timeline and the mail to the others. */
            reason: string;
        };
        MyDecision: {
            comment?: string;
            form?: {
                [key: string]: unknown;
            };
            outcome: string;
        };
        MyHandOver: {
            comment?: string;
            /**
             * Format: email
             * @description A colleague in your company’s directory.
             */
            to: string;
        };
        MyInstance: components["schemas"]["Instance"] & {
            /** @description What you may do to the instance now; each is checked again when you do it. */
            actions: components["schemas"]["InstanceAction"][];
        };
        MyInstancePage: components["schemas"]["InstancePage"] & {
            /** @description Status → how many instances have it, under the same filters but `status`. */
            counts: {
                [key: string]: number;
            };
        };
        MyOutOfOffice: {
            outOfOffice: components["schemas"]["OutOfOffice"];
        };
        MyTaskDetail: components["schemas"]["TaskDetail"] & {
            /** @description Each outcome a person may choose while the task is open, with its fields (the same the emailed decision page shows). */
            forms: {
                fields: components["schemas"]["DecisionField"][];
                outcome: string;
            }[];
        };
        MyWithdraw: {
            /** @description The party of the template your company plays and leaves (an `actions` entry of GET /me/instances/{id} names it). */
            party: string;
            reason: string;
        };
        OutOfOffice: {
            delegateEmail: string;
            delegateId: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            from: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            until: string;
        } | null;
        OutOfOfficeSetting: {
            /**
             * Format: email
             * @description Who gets your tasks that open while you are away: a colleague of your company.
             */
            colleague: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            until: string;
        };
        PeopleList: {
            people: components["schemas"]["DirectoryPerson"][];
        };
        Person: {
            company: string;
            email: string;
            name: string;
        };
        Proposal: {
            /** @enum {string} */
            activityType: "event" | "webinar" | "campaign" | "training" | "trade_show" | "digital" | "content" | "other";
            description: string;
            /** Format: date */
            endDate: string;
            expectedLeads?: number;
            expectedPipeline?: components["schemas"]["Money"];
            requestedAmount: components["schemas"]["Money"];
            /** Format: date */
            startDate: string;
        };
        PublishedTemplate: {
            created: boolean;
            id: string;
            version: number;
        };
        Relationship: {
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            acceptedAt: string | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            endedAt: string | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            invitedAt: string;
            partnerCompanyId: string;
            program: string;
            /** @enum {string} */
            status: "invited" | "active" | "ended";
            vendorCompanyId: string;
        };
        RelationshipList: {
            relationships: components["schemas"]["Relationship"][];
        };
        ResubmitProposal: {
            /** Format: email */
            actor: string;
            proposal: components["schemas"]["Proposal"];
        };
        RetryIncident: {
            /** @description Why it is retried; kept in the timeline. */
            reason: string;
            /** @description Variables to set before the stopped steps are entered again: the fix for data a condition or expression reads (`vars.<name>`). */
            vars?: {
                [key: string]: unknown;
            };
        };
        RevokedKey: {
            keyId: string;
            /** @enum {boolean} */
            revoked: true;
        };
        RotatedWebhook: components["schemas"]["Webhook"] & {
            /**
             * @description The new signing secret; shown only in this answer.
             * @example whsec_…
             */
            secret: string;
        };
        RotateWebhookSecret: {
            /**
             * @description How long the previous secret keeps signing beside the new one; 0 stops it at once. Default 86400 (24 hours).
             * @default 86400
             */
            graceSeconds?: number;
        };
        SignedOut: {
            /** @enum {boolean} */
            signedOut: true;
        };
        SignedOutEverywhere: {
            /** @description How many sessions ended, this one included. */
            sessionsEnded: number;
            /** @enum {boolean} */
            signedOut: true;
        };
        SignIn: {
            /**
             * Format: email
             * @description Your address in your company’s directory.
             */
            email: string;
        };
        SignInSent: {
            /** @description The same whether or not the address is known. */
            message: string;
        };
        StartedInstance: {
            existing: boolean;
            id: string;
            templateVersion: number;
        };
        StartInstance: {
            bindings: {
                /** @description Party → company id. Your company must play at least one party. */
                companies: {
                    [key: string]: string;
                };
                /**
                 * @description People of your directory for roles of your own parties; other roles (and yours left out) resolve from the directory group the template names.
                 * @default {}
                 */
                participants?: {
                    [key: string]: (string | {
                        company?: string;
                        /** Format: email */
                        email: string;
                        name?: string;
                    })[];
                };
            };
            /** @description Your identity of this case; one instance per template, business key and your company. */
            businessKey: string;
            /** @description An email of a person of your directory (a {email, name, company} object is accepted; only its email counts). */
            initiator: string | {
                company?: string;
                /** Format: email */
                email: string;
                name?: string;
            };
            /** @default {} */
            input?: {
                [key: string]: unknown;
            };
            templateId: string;
            /** @description Defaults to the newest version that is not deprecated. */
            version?: number;
        };
        Task: {
            assignees: components["schemas"]["Person"][];
            comment: string | null;
            companyId: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            decidedAt: string | null;
            decidedBy: components["schemas"]["Person"] | "system" | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            dueAt: string | null;
            form: {
                [key: string]: unknown;
            } | null;
            /** @example manager_review.1.vendor.channel_manager */
            id: string;
            instanceId: string;
            /** @enum {string} */
            kind: "task" | "approval";
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            openedAt: string;
            outcome: string | null;
            /** @description The outcomes and who takes them: offer buttons only for those `forPeople`. */
            outcomeOptions: {
                /** @description Whether a person may choose it; false for an outcome only the system takes, such as a timeout's `expire`. */
                forPeople: boolean;
                outcome: string;
            }[];
            outcomes: string[];
            role: string;
            status: components["schemas"]["TaskStatus"];
            stepId: string;
            title: string;
        };
        TaskDetail: components["schemas"]["Task"] & {
            deliveryProblems: components["schemas"]["DeliveryProblem"][];
            /** @description What the task’s holder is shown, as your company may see it: the template’s facts (or, for templates without any, the inputs and decided forms). */
            facts: components["schemas"]["Fact"][];
        };
        /** @enum {string} */
        TaskStatus: "open" | "decided" | "cancelled" | "timed_out";
        TemplateList: {
            templates: components["schemas"]["TemplateSummary"][];
        };
        TemplateProblem: {
            code: string;
            message: string;
            path: string;
        };
        TemplateSummary: {
            builtIn: boolean;
            deprecated: boolean;
            id: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            publishedAt: string;
            title: string;
            version: number;
        };
        TemplateValidation: {
            errors: components["schemas"]["TemplateProblem"][];
            valid: boolean;
        };
        TemplateVersion: {
            builtIn: boolean;
            deprecated: boolean;
            /** @description A Mermaid flowchart of the template. */
            diagram: string;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            publishedAt: string;
            /** @description The template as published; its schema is definitions/template.schema.json. */
            template: {
                [key: string]: unknown;
            };
        };
        Timeline: {
            events: components["schemas"]["TimelineEvent"][];
        };
        TimelineEvent: {
            actor: components["schemas"]["Person"] | components["schemas"]["CompanyOnly"] | "system" | null;
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            at: string;
            comment: string | null;
            details: {
                [key: string]: unknown;
            };
            outcome: string | null;
            seq: number;
            stepId: string | null;
            taskId: string | null;
            /** @enum {string} */
            type: "started" | "step_entered" | "task_opened" | "decided" | "delegated" | "reassigned" | "reminded" | "escalated" | "timed_out" | "action" | "withdrawn" | "cancelled" | "ended" | "migrated" | "incident" | "incident_resolved";
        };
        TrialStart: {
            /** @default {} */
            input?: {
                [key: string]: unknown;
            };
            /**
             * @description People of your own directory per role (`party.role`); a role left out is yours.
             * @default {}
             */
            participants?: {
                [key: string]: (string | {
                    company?: string;
                    /** Format: email */
                    email: string;
                    name?: string;
                })[];
            };
            templateId: string;
            version: number;
        };
        TrialStarted: {
            /** @description Generated; starts with `trial-`. */
            businessKey: string;
            id: string;
            /** @description Role → the emails holding it, all people of your company. */
            participants: {
                [key: string]: string[];
            };
            templateId: string;
            templateVersion: number;
            /** @enum {boolean} */
            trial: true;
        };
        UpdateCompany: {
            kind?: string;
            name?: string;
        };
        UpdatePerson: {
            /** @description false deactivates: their open tasks go to the role’s other holders or the party’s admins. */
            active?: boolean;
            /** Format: email */
            email?: string;
            language?: string | null;
            name?: string;
        };
        Webhook: {
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            createdAt: string;
            description: string | null;
            events: components["schemas"]["WebhookEventType"][];
            /** @example wh_0123456789abcdef */
            id: string;
            /**
             * Format: date-time
             * @description Until when the previous secret still signs beside the new one, after a rotation; null when only one secret signs.
             * @example 2025-03-01T09:30:00.000Z
             */
            previousSecretExpiresAt: string | null;
            url: string;
        };
        /** @enum {string} */
        WebhookEventType: "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
        WebhookList: {
            webhooks: components["schemas"]["Webhook"][];
        };
        WebhookPayload: {
            /** @description With a task: what its holder is shown, as your company may see it (the same list as GET /instances/{id}/tasks/{taskId}). */
            facts?: components["schemas"]["Fact"][];
            /** @description The delivery id, also sent as Tandem-Event-Id; the same on retries and replays: deduplicate on it. */
            id: string;
            instance: components["schemas"]["Instance"];
            /**
             * Format: date-time
             * @example 2025-03-01T09:30:00.000Z
             */
            occurredAt: string;
            task?: components["schemas"]["Task"] & unknown;
            type: components["schemas"]["WebhookEventType"];
        };
        Withdraw: {
            /**
             * Format: email
             * @description The person withdrawing; must hold a role in the party and work for your company.
             */
            actor: string;
            /** @description The party of the template your company leaves, e.g. company_b. */
            party: string;
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAdminCompanies: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Companies */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminCompanies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateCompany"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `company_exists`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchAdminCompaniesByCompanyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdateCompany"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdminKeys: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Keys without secrets */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateKey"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedKey"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postAdminKeysByKeyIdRevoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevokedKey"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAllocations: {
        parameters: {
            query?: {
                partner?: string;
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allocations */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAllocationsById: {
        parameters: {
            query?: {
                /** @description Long-poll: with an If-None-Match naming the current ETag, answer as soon as what you see changes, or with 304 after this long. Whole seconds with an s, 1s to 60s; anything else is a 400 invalid_request. */
                waitForChange?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allocation */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetail"];
                };
            };
            /** @description Unchanged since If-None-Match (after waiting up to waitForChange). */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBudgets: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Budgets */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBudgets: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateBudget"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budget"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `team_outside_company`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getBudgetsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The budget */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetDetail"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postBudgetsByIdAllocations: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateAllocation"];
            };
        };
        responses: {
            /** @description Granted */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Allocation"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `budget_exceeded`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `self_allocation`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectoryCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your company */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectoryGroups: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Groups */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GroupList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDirectoryGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateGroup"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `group_exists`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDirectoryGroupsByGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedGroup"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `unknown_group`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDirectoryGroupsByGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["GroupMember"];
            };
        };
        responses: {
            /** @description The group */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_group`, `unknown_person`, `inactive_person`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDirectoryGroupsByGroupMembersByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                group: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The group */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Group"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `unknown_group`, `unknown_person`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectoryPeople: {
        parameters: {
            query?: {
                active?: "true" | "false";
                email?: string;
                group?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description People */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeopleList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postDirectoryPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AddPerson"];
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPerson"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `duplicate_email`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDirectoryPeopleByPersonId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DirectoryPerson"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    patchDirectoryPeopleByPersonId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UpdatePerson"];
            };
        };
        responses: {
            /** @description Changed, with the instances whose tasks were handed on */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChangedPerson"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `duplicate_email`, `nobody_left`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `invalid_request`, `unknown_person`, `inactive_person`, `delegation_loop`, `self_delegation`, `invalid_range`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFundRequests: {
        parameters: {
            query?: {
                limit?: number;
                partner?: string;
                period?: string;
                /** @description The status of a fund request, as `GET /fund-requests?status=` filters on it. */
                status?: components["schemas"]["FundRequestStatus"];
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fund requests with their funds */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequestList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequests: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateFundRequest"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description Started; the proposal is submitted */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`, `business_key_required`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_a_party`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `insufficient_funds`, `dates_out_of_order`, `currency_mismatch`, `allocation_expired`, `invalid_amount`, `invalid_start_input`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFundRequestsById: {
        parameters: {
            query?: {
                /** @description Long-poll: with an If-None-Match naming the current ETag, answer as soon as what you see changes, or with 304 after this long. Whole seconds with an s, 1s to 60s; anything else is a 400 invalid_request. */
                waitForChange?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The fund request */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequestDetail"];
                };
            };
            /** @description Unchanged since If-None-Match (after waiting up to waitForChange). */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequestsByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelFundRequest"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`, `cannot_cancel_now`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequestsByIdClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Claim"];
            };
        };
        responses: {
            /** @description Claimed */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`, `claim_not_due`, `claim_past_deadline`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`, `unknown_document`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequestsByIdClaimReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ClaimReview"];
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`, `claim_not_in_review`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`, `partial_needs_amount_and_reason`, `partial_above_reserved`, `invalid_amount`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequestsByIdDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": components["schemas"]["DocumentUpload"];
            };
        };
        responses: {
            /** @description Stored documents with their sha256 */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentList"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_upload`, `invalid_document_name`, `no_documents`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `instance_not_running`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `document_too_large`, `too_many_documents`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`, `document_type_refused`, `document_content_mismatch`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getFundRequestsByIdDocumentsByDocumentId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file. The document’s bytes with its own content type. */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postFundRequestsByIdProposal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ResubmitProposal"];
            };
        };
        responses: {
            /** @description Submitted */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequest"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`, `proposal_not_open`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`, `dates_out_of_order`, `allocation_expired`, `invalid_amount`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIdentityProvider: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The connection */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderConnection"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["IdentityProvider"];
            };
        };
        responses: {
            /** @description Connected (without the secret), with the redirect URI to register */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IdentityProviderConnection"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `insecure_url`, `destination_not_allowed`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `oidc_provider_unreachable`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIdentityProvider: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Disconnected */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DisconnectedIdentityProvider"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstances: {
        parameters: {
            query?: {
                /** @description Only instances this company takes part in too. */
                company?: string;
                /** @description The `nextCursor` of the previous page, with the same filters: the page after it. Opaque. */
                cursor?: string;
                /** @description Instances per page, at most 200. */
                limit?: number;
                /** @description Only instances where this party is played by `company`, or by your company when `company` is not given. */
                party?: string;
                status?: string;
                template?: string;
                updatedSince?: string;
                /** @description With `true`, only instances where a task of your company is open. */
                waitingOnMyCompany?: "true" | "false";
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instances and the cursor of the next */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstancePage"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `invalid_cursor`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstances: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["StartInstance"];
            };
        };
        responses: {
            /** @description Already running: the existing instance */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedInstance"];
                };
            };
            /** @description Started */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StartedInstance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_a_party`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `template_deprecated`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `invalid_start_input`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstancesById: {
        parameters: {
            query?: {
                /** @description Long-poll: with an If-None-Match naming the current ETag, answer as soon as what you see changes, or with 304 after this long. Whole seconds with an s, 1s to 60s; anything else is a 400 invalid_request. */
                waitForChange?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance as your company sees it */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description Unchanged since If-None-Match (after waiting up to waitForChange). */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Cancel"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdIncidentCancel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CancelIncident"];
            };
        };
        responses: {
            /** @description Cancelled */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `no_incident`, `instance_not_running`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdIncidentRetry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RetryIncident"];
            };
        };
        responses: {
            /** @description The instance once it moved on (or stopped again) */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `no_incident`, `instance_not_running`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdMigrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Migration"];
            };
        };
        responses: {
            /** @description Migrated (or, with dryRun, would be) */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationOutcome"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `instance_not_running`, `migration_step_unmapped`, `migration_step_incompatible`, `migration_bindings_missing`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `migration_target_invalid`, `migration_mapping_invalid`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstancesByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDetail"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdTasksByTaskIdDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Decision"];
            };
        };
        responses: {
            /** @description The instance after it moved on */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdTasksByTaskIdDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["HandOver"];
            };
        };
        responses: {
            /** @description The instance */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_task_holder`, `not_party_admin`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `task_not_open`, `instance_not_running`, `already_holds_task`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_person`, `inactive_person`, `self_delegation`, `delegation_loop`, `recipient_at_other_company`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdTasksByTaskIdReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["HandOver"];
            };
        };
        responses: {
            /** @description The instance */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_task_holder`, `not_party_admin`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `task_not_open`, `instance_not_running`, `already_holds_task`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_person`, `inactive_person`, `self_delegation`, `delegation_loop`, `recipient_at_other_company`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInstancesByIdTimeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in order */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postInstancesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes a retry safe: the same key and body get the first answer again (for 24 hours); the same key with another body is a 409 idempotency_conflict. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Withdraw"];
            };
        };
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_idempotency_key`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_your_person`, `not_your_task`, `not_allowed`, `not_your_party`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `idempotency_conflict`, `task_not_open`, `instance_not_running`, `already_withdrawn`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJointSolutions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointBoard"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person and the session */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeAllocations: {
        parameters: {
            query?: {
                partner?: string;
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Allocations */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeAllocationsById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The allocation */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AllocationDetail"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeBudgets: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Budgets */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeFundRequests: {
        parameters: {
            query?: {
                limit?: number;
                partner?: string;
                period?: string;
                /** @description The status of a fund request, as `GET /fund-requests?status=` filters on it. */
                status?: components["schemas"]["FundRequestStatus"];
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Fund requests with their funds */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FundRequestList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstances: {
        parameters: {
            query?: {
                /** @description Only instances this company takes part in too. */
                company?: string;
                /** @description The `nextCursor` of the previous page, with the same filters: the page after it. Opaque. */
                cursor?: string;
                /** @description Instances per page, at most 200. */
                limit?: number;
                /** @description Only instances where this party is played by `company`, or by your company when `company` is not given. */
                party?: string;
                status?: string;
                template?: string;
                updatedSince?: string;
                /** @description With `true`, only instances where a task of your company is open. */
                waitingOnMyCompany?: "true" | "false";
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of instances, the cursor of the next and the counts */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInstancePage"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `invalid_cursor`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstancesById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The instance */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyInstance"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInstancesByIdCancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MyCancel"];
            };
        };
        responses: {
            /** @description The instance, cancelled */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `instance_not_running`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstancesByIdDiagram: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The diagram */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstanceDiagram"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstancesByIdEvents: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An event stream. Events `changed` with data `{"revision": n}`, the first at once; comments keep a quiet stream open. */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstancesByIdTasksByTaskId: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyTaskDetail"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInstancesByIdTasksByTaskIdDecision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MyDecision"];
            };
        };
        responses: {
            /** @description The instance after it moved on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_task_holder`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `task_not_open`, `instance_not_running`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `outcome_not_allowed`, `invalid_form`, `currency_mismatch`, `amount_above_limit`, `insufficient_funds`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInstancesByIdTasksByTaskIdDelegate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MyHandOver"];
            };
        };
        responses: {
            /** @description The instance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_your_person`, `not_task_holder`, `not_party_admin`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `task_not_open`, `instance_not_running`, `already_holds_task`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_person`, `inactive_person`, `self_delegation`, `delegation_loop`, `recipient_at_other_company`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInstancesByIdTasksByTaskIdReassign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                taskId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MyHandOver"];
            };
        };
        responses: {
            /** @description The instance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_your_person`, `not_task_holder`, `not_party_admin`, `not_your_task`, `not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `task_not_open`, `instance_not_running`, `already_holds_task`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_person`, `inactive_person`, `self_delegation`, `delegation_loop`, `recipient_at_other_company`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeInstancesByIdTimeline: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in order */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Timeline"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeInstancesByIdWithdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MyWithdraw"];
            };
        };
        responses: {
            /** @description The instance after the withdrawal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Instance"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_your_party`, `not_allowed`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `instance_not_running`, `already_withdrawn`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeJointSolutions: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JointBoard"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeOutOfOffice: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The setting, or null */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOutOfOffice"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putMeOutOfOffice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["OutOfOfficeSetting"];
            };
        };
        responses: {
            /** @description The setting */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOutOfOffice"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_person`, `inactive_person`, `person_of_other_company`, `self_delegation`, `invalid_range`, `delegation_loop`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteMeOutOfOffice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cleared */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyOutOfOffice"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeReportsCycleTimes: {
        parameters: {
            query: {
                /** @description The template id, e.g. joint-solution. */
                template: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per step and company */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleTimes"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeReportsCycleTimesCsv: {
        parameters: {
            query: {
                /** @description The template id, e.g. joint-solution. */
                template: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, times in seconds. The same rows as CSV, one header line, times in seconds. */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeReportsMdf: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows of the report */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MdfReport"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeSignOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOut"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeSignOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many sessions ended */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignedOutEverywhere"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeTasks: {
        parameters: {
            query?: {
                cursor?: string;
                dueWithinHours?: number;
                filter?: "open" | "due_soon" | "overdue" | "all";
                limit?: number;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks, oldest first */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `invalid_cursor`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeTemplates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, newest first per id */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Already published with the same content */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTemplate"];
                };
            };
            /** @description Published */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTemplate"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `version_exists`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `invalid_template`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMeTemplatesByIdVersionsByVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersion"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeTemplatesByIdVersionsByVersionDeprecate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deprecated */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeprecatedTemplate"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeTemplatesValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description { valid, errors } */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateValidation"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postMeTrials: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["TrialStart"];
            };
        };
        responses: {
            /** @description Started */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrialStarted"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `not_signed_in`, `session_expired`. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `csrf_token_missing`, `csrf_token_invalid`, `not_platform_operator`. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `template_deprecated`. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `invalid_start_input`, `unknown_person`, `inactive_person`, `unknown_role`, `role_unresolved`. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRelationships: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Relationships */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RelationshipList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRelationships: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["InvitePartner"];
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `relationship_exists`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `unknown_company`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRelationshipsAccept: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["AcceptInvitation"];
            };
        };
        responses: {
            /** @description Active */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `not_invited`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postRelationshipsEnd: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["EndRelationship"];
            };
        };
        responses: {
            /** @description Ended */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Relationship"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `relationship_missing`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsCycleTimes: {
        parameters: {
            query: {
                /** @description The template id, e.g. joint-solution. */
                template: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per step and company */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CycleTimes"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsCycleTimesCsv: {
        parameters: {
            query: {
                /** @description The template id, e.g. joint-solution. */
                template: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row, times in seconds. The same rows as CSV, one header line, times in seconds. */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsMdf: {
        parameters: {
            query?: {
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Rows of the report */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MdfReport"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getReportsMdfCsv: {
        parameters: {
            query?: {
                /** @description partner: the JSON `rows`; activity: the JSON `activities`. */
                by?: "partner" | "activity";
                period?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV with a header row. The same rows as CSV, one header line. */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["SignIn"];
            };
        };
        responses: {
            /** @description If the address is known, a link is on its way */
            202: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInSent"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSignInOidcByCompanyId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description To the identity provider. To the company’s identity provider, which sends the browser back to /sign-in/oidc/callback. */
            302: {
                headers: {
                    /** @description Where to go next. */
                    Location?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `insecure_url`, `destination_not_allowed`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `oidc_not_connected`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `oidc_provider_unreachable`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTasks: {
        parameters: {
            query?: {
                assignee?: string;
                cursor?: string;
                dueWithinHours?: number;
                filter?: "open" | "due_soon" | "overdue" | "all";
                limit?: number;
                /** @description Long-poll: with an If-None-Match naming the current ETag, answer as soon as what you see changes, or with 304 after this long. Whole seconds with an s, 1s to 60s; anything else is a 400 invalid_request. */
                waitForChange?: string;
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tasks with their instance, oldest first */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inbox"];
                };
            };
            /** @description Unchanged since If-None-Match (after waiting up to waitForChange). */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `invalid_cursor`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTemplates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Versions, newest first per id */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description Already published with the same content */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTemplate"];
                };
            };
            /** @description Published */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublishedTemplate"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `version_exists`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `invalid_template`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTemplatesByIdVersionsByVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateVersion"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTemplatesByIdVersionsByVersionDeprecate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deprecated */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeprecatedTemplate"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTemplatesByIdVersionsByVersionMigrate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["Migration"];
            };
        };
        responses: {
            /** @description Each instance: migrated, would_migrate (dry run) or refused with code and reason */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MigrationReport"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `instance_not_running`, `migration_step_unmapped`, `migration_step_incompatible`, `migration_bindings_missing`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`, `migration_target_invalid`, `migration_mapping_invalid`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postTemplatesValidate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description { valid, errors } */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplateValidation"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooks: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Subscriptions without secrets */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookList"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["CreateWebhook"];
            };
        };
        responses: {
            /** @description Created, with its secret */
            201: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`, `invalid_url`, `insecure_url`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `too_many_webhooks`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooksById: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The subscription without its secret */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteWebhooksById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedWebhook"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWebhooksByIdDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "pending" | "delivered" | "failed";
            };
            header?: {
                /** @description The ETag you hold: answers 304 without a body while it is current (also with Cache-Control: no-cache). */
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of deliveries and the cursor of the next */
            200: {
                headers: {
                    /** @description `private, no-cache`: revalidate with If-None-Match. */
                    "Cache-Control"?: string;
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description Unchanged since If-None-Match. */
            304: {
                headers: {
                    /** @description The version of what your company sees here: a hash of the body and your company. Send it back as If-None-Match. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `invalid_cursor`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooksByIdDeliveriesByDeliveryIdReplay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; the attempt appears in the deliveries */
            202: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Delivery"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request conflicts with the current state. Codes: `delivery_pending`. */
            409: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    postWebhooksByIdSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateWebhookSecret"];
            };
        };
        responses: {
            /** @description The subscription with its new secret and until when the previous one signs */
            200: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotatedWebhook"];
                };
            };
            /** @description The request is not valid; `details` name each problem by path. Codes: `invalid_request`, `unknown_fields`, `malformed_json`, `invalid_utf8`. */
            400: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not authenticated: no API key or a bad or revoked one; for a person’s routes, no session or an ended one. Codes: `unauthenticated`, `invalid_key`, `session_expired`. */
            401: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the person or company may not do this. Codes: `wrong_scope`, `not_company_admin`, `csrf_token_missing`, `csrf_token_invalid`. */
            403: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to your company. Codes: `not_found`. */
            404: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is too large. Codes: `payload_too_large`. */
            413: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body has the wrong media type. Codes: `unsupported_media_type`. */
            415: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request is well formed but the business rules refuse it. Codes: `control_character`. */
            422: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests for this key (sign-in: from this address). Codes: `rate_limited`. */
            429: {
                headers: {
                    /** @description What is left of this key’s limit (IETF draft 8), e.g. `"600-in-1min"; r=599; t=60`. */
                    RateLimit?: string;
                    /** @description This key’s limit (IETF draft 8), e.g. `"600-in-1min"; q=600; w=60`. */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds until the limit resets. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    onInstanceCancelled: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onInstanceChanged: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onInstanceCompleted: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onInstanceIncident: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onInstanceStarted: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskDecided: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    onTaskOpened: {
        parameters: {
            query?: never;
            header: {
                /** @description 1, 2, … (a replay continues the count). */
                "Tandem-Delivery-Attempt": string;
                /** @description The delivery id, as `id` in the body; the same on every retry and replay: deduplicate on it. */
                "Tandem-Event-Id": string;
                /** @description The event type, as `type` in the body. */
                "Tandem-Event-Type": "instance.started" | "instance.changed" | "instance.completed" | "instance.cancelled" | "instance.incident" | "task.opened" | "task.decided";
                /** @description `t=<unix seconds>,v1=<hex>`: HMAC-SHA256 keyed with the subscription’s whole `whsec_…` secret over `<t>.<raw body>`. Verify against the raw bytes, compare in constant time, refuse a `t` more than a few minutes old; one matching `v1` is enough. */
                "Tandem-Signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookPayload"];
            };
        };
        responses: {
            /** @description Received (any 2xx). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
