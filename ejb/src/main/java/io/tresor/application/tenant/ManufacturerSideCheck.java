package io.tresor.application.tenant;

import io.tresor.application.shared.Reach;
import io.tresor.application.shared.TenantData;
import jakarta.annotation.Priority;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Enforces {@link ManufacturerSide}: the caller's reach must be the manufacturer's, not a customer's or a system job's. */
@Interceptor
@ManufacturerSide
@Priority(Interceptor.Priority.APPLICATION)
public class ManufacturerSideCheck {

    @Inject
    TenantData data;

    @AroundInvoke
    public Object check(InvocationContext invocation) throws Exception {
        Reach reach = data.current();
        if (!reach.isEverything() || reach.job().isPresent()) {
            throw new EJBAccessException("Only the manufacturer's side may change this");
        }
        return invocation.proceed();
    }
}
