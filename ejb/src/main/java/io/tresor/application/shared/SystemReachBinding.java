package io.tresor.application.shared;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;

/** Binds the job named by {@link SystemReach} (on the method, else on its class) to the transaction before the method runs. */
@Interceptor
@SystemReach(SystemJob.AUTHENTICATION)
@Priority(Interceptor.Priority.APPLICATION - 10)
public class SystemReachBinding {

    @Inject
    TenantData data;

    @AroundInvoke
    public Object bind(InvocationContext invocation) throws Exception {
        data.system(declared(invocation).value());
        return invocation.proceed();
    }

    /** The method's own annotation, else its class's; the container may hand over an interface method or a subclass. */
    private static SystemReach declared(InvocationContext invocation) {
        Method method = invocation.getMethod();
        for (Class<?> type = invocation.getTarget().getClass(); type != null && type != Object.class;
             type = type.getSuperclass()) {
            try {
                SystemReach onMethod = type.getDeclaredMethod(method.getName(), method.getParameterTypes())
                        .getAnnotation(SystemReach.class);
                if (onMethod != null) {
                    return onMethod;
                }
            } catch (NoSuchMethodException notDeclaredHere) {
                // declared further up
            }
            if (type.isAnnotationPresent(SystemReach.class)) {
                return type.getAnnotation(SystemReach.class);
            }
        }
        throw new IllegalStateException("No @SystemReach on " + method);
    }
}
