// The app imports userAuth from here, so the choice between the kit and the
// module import is made in one place.
export { userAuth } from '@kit.UserAuthenticationKit';
