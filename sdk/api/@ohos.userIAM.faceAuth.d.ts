/*
 * Stand-in declarations for `@ohos.userIAM.faceAuth`, written for
 * eslint-plugin-userauth from the public API description. Not the
 * OpenHarmony SDK.
 */

/**
 * Face enrollment support for system applications.
 *
 * @since 9
 * @syscap SystemCapability.UserIAM.UserAuth.FaceAuth
 */
declare namespace faceAuth {
  /**
   * Manages face enrollment.
   *
   * @systemapi
   * @since 9
   * @syscap SystemCapability.UserIAM.UserAuth.FaceAuth
   */
  class FaceAuthManager {
    /**
     * Creates the manager.
     *
     * @systemapi
     * @since 9
     * @syscap SystemCapability.UserIAM.UserAuth.FaceAuth
     */
    constructor();

    /**
     * Sets the surface that shows the camera preview during enrollment.
     *
     * @permission ohos.permission.MANAGE_USER_IDM
     * @param surfaceId - ID of an XComponent surface
     * @throws { BusinessError } 201 - Permission denied.
     * @throws { BusinessError } 202 - Caller is not a system application.
     * @throws { BusinessError } 12700001 - The service is unavailable.
     * @systemapi
     * @since 9
     * @syscap SystemCapability.UserIAM.UserAuth.FaceAuth
     */
    setSurfaceId(surfaceId: string): void;
  }
}

export default faceAuth;
